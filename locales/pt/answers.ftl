# Textos das respostas em português. As variáveis entre { $chavetas } são preenchidas pelo fundbot;
# as listas e os textos de conhecimento (títulos dos concursos, atividades, tipos de parceiros...)
# vêm dos ficheiros de conhecimento.

## Conversa

greeting = Olá! Respondo a perguntas sobre o financiamento da UE para a integração de migrantes: concursos abertos, prazos, quem se pode candidatar, parceiros do consórcio, atividades financiadas e o Plano de Ação da UE. Pergunte na sua língua.
help =
    Posso dar-lhe informações sobre o financiamento para a integração de migrantes na Europa. Experimente perguntar:
    • Que concursos estão abertos?
    • Quando fecha o concurso do FAMI?
    • Quem deve fazer parte do consórcio?
    • O que é a ação 10 do Plano de Ação?
    Comandos: /calls, /lang <código>, /subscribe, /unsubscribe, /reminders, /help
fallback = Desculpe, só consigo responder a perguntas sobre o financiamento para a integração de migrantes na Europa. Pode perguntar, por exemplo:
fallback-suggestions =
    • Que concursos estão abertos?
    • Qual é o prazo do FAMI?
    • Quem se pode candidatar?
    • De que parceiros precisa um consórcio?
empty-question = Escreva uma pergunta, por exemplo: «Qual é o prazo do FAMI?»

## Fontes e traduções

source = Fonte: { $sources }
untranslated = (Ainda não traduzido para português; apresentado em inglês.)

## Datas

date = { $day } de { $month } de { $year }
time = { $hour }:{ $minute }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
tz-europe-brussels = hora de Bruxelas

## Concursos

calls-intro = Concursos de financiamento que conheço:
call-line-open = { $title }: candidaturas abertas até { $date }
call-line-closed = { $title }: candidaturas encerradas a { $date }
call-line-no-deadline = { $title }: sem data de encerramento indicada
deadline-closed = O prazo de «{ $title }» terminou a { $date }, às { $time } ({ $zone }). Já não é possível apresentar candidaturas.
deadline-open = Pode candidatar-se a «{ $title }» até { $date }, às { $time } ({ $zone }): faltam { $days } dias.
deadline-none = A fonte não indica nenhuma data de encerramento para «{ $title }».
eligibility-intro = Quem se pode candidatar a «{ $title }»:
activities-intro = O que «{ $title }» financia:
activities-note = { $note }
consortium-intro = Parceiros que «{ $title }» espera no consórcio:
partners-intro = «{ $title }» trabalha com:
transnational = { $text }
target-groups-intro = «{ $title }» pede que as propostas deem especial atenção a:
target-groups-none = A fonte não indica grupos prioritários para «{ $title }».
apply-intro = Como se candidatar a «{ $title }»:
apply-closed-warning = Atenção: as candidaturas a este concurso encerraram a { $date }.

## Fundos

funds-intro = Fundos e redes que conheço:
fund-line = { $name }

## Orientações

guidance-why = Porque ajudam as parcerias entre múltiplos intervenientes:
guidance-finding = Como encontrar parceiros noutros países:

## Plano de Ação

plan-overview = O { $title } tem { $count } ações de parceria (concluídas: { $complete }; pendentes: { $pending }; contínuas: { $continuous }).
plan-goals = Os seus objetivos:
action-line = Ação { $number }: { $title } ({ $status })
action-header = Ação { $number }: { $title }
action-status = Estado: { $status }
action-type = Tipo: { $type }
status-continuous = contínua
status-complete = concluída
status-pending = pendente

## Projetos

projects-intro = Exemplos de projetos financiados:
project-line = { $name }: { $summary }
project-activities = O que fez:

## Lembretes

subscribe-done = Feito: vou avisá-lo antes do fim dos prazos ({ $what }).
subscribe-all-calls = todos os concursos
subscribe-closed = O prazo de «{ $title }» terminou a { $date }, por isso não há nada para lembrar. Em vez disso, subscrevi-o para os próximos concursos.
unsubscribe-done = Feito: deixará de receber lembretes ({ $what }).
unsubscribe-none = Não tem lembretes para cancelar.
reminders-none = Não tem lembretes. Envie /subscribe para receber um antes de cada prazo.
reminders-list = Os seus lembretes: { $what }

## Definições

lang-set = A partir de agora vou responder-lhe em { $language }.
lang-usage = Escolha uma língua com /lang <código>, por exemplo /lang pt. Línguas: { $languages }
store-error = Desculpe, não consegui guardar isso agora. Tente novamente daqui a pouco.
subscribe-how = Para receber lembretes de prazos, envie /subscribe numa conversa comigo (ou /subscribe seguido de um concurso); /unsubscribe cancela-os e /reminders mostra a lista.
subscribe-admins-only = Só os administradores podem alterar os lembretes deste grupo. Pode fazer a sua própria subscrição numa conversa privada comigo.
button-remind = 🔔 Lembrar-me deste prazo
rate-limited = Está a enviar mensagens mais depressa do que consigo responder. Aguarde um minuto, por favor; depois disso volto a responder-lhe.
reminder-days = ⏰ Lembrete: o prazo de «{ $title }» termina daqui a { $days ->
        [one] um dia
       *[other] { $days } dias
    }, a { $date }, às { $time } ({ $zone }).
reminder-today = ⏰ Hoje é o último dia: o prazo de «{ $title }» termina às { $time } ({ $zone }).
reminder-moved = 📅 O prazo de «{ $title }» foi alterado: passou de { $from } para { $to } ({ $zone }).
reminder-footer = Envie /unsubscribe para deixar de receber estes lembretes.
forget-done = Feito: apaguei a sua escolha de língua e os lembretes desta conversa. Não guardo mais nada sobre si.
forget-nothing = Não tinha nada guardado sobre si.
calendar-none = Não tem lembretes, por isso não há prazos para pôr num calendário. Envie primeiro /subscribe.
calendar-ready = Aqui estão os prazos dos seus lembretes num ficheiro de calendário. Abra-o para os adicionar ao seu calendário.
reminders-next = { $what } (próximo lembrete: { $date })
reminders-no-next = { $what } (de momento não há prazos próximos)
