# Testi delle risposte in italiano. Le variabili tra { $graffe } sono inserite da fundbot; gli
# elenchi e i testi della base di conoscenza (titoli dei bandi, attività, tipi di partner...)
# vengono dai file di conoscenza.

## Conversation

greeting = Ciao! Rispondo alle domande sui finanziamenti UE per l'integrazione dei migranti: bandi aperti, scadenze, chi può partecipare, partner del consorzio, attività finanziate e Piano d'azione dell'UE. Scrivimi pure nella tua lingua.
help =
    Posso darti informazioni sui finanziamenti per l'integrazione dei migranti in Europa. Prova a chiedere:
    • Quali bandi sono aperti?
    • Quando scade il bando FAMI?
    • Chi deve far parte del consorzio?
    • Cos'è l'azione 10 del Piano d'azione?
    Comandi: /calls, /lang <code>, /subscribe, /unsubscribe, /reminders, /help
fallback = Mi dispiace, posso rispondere solo a domande sui finanziamenti per l'integrazione dei migranti in Europa. Puoi chiedere ad esempio:
fallback-suggestions =
    • Quali bandi sono aperti?
    • Qual è la scadenza del FAMI?
    • Chi può partecipare?
    • Di quali partner ha bisogno un consorzio?
empty-question = Scrivi una domanda, ad esempio: "Qual è la scadenza del FAMI?"

## Sources and translations

source = Fonte: { $sources }
untranslated = (Non ancora tradotto in italiano; mostrato in inglese.)

## Dates

date = { $day } { $month } { $year }
time = { $hour }:{ $minute }
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre
tz-europe-brussels = ora di Bruxelles

## Calls

calls-intro = I bandi di finanziamento che conosco:
call-line-open = { $title }: aperto fino al { $date }
call-line-closed = { $title }: chiuso il { $date }
call-line-no-deadline = { $title }: nessuna data di chiusura indicata
deadline-closed = { $title }: il bando si è chiuso il { $date } alle { $time } ({ $zone }). Non è più aperto.
deadline-open = { $title }: il bando è aperto fino al { $date } alle { $time } ({ $zone }). Giorni rimanenti: { $days }.
deadline-none = { $title }: la fonte non indica una data di chiusura.
eligibility-intro = { $title } – chi può partecipare:
activities-intro = { $title } – cosa finanzia:
activities-note = { $note }
consortium-intro = { $title } – i partner previsti nel consorzio:
partners-intro = { $title } – collabora con:
transnational = { $text }
target-groups-intro = { $title } – le proposte devono prestare particolare attenzione a:
target-groups-none = { $title }: la fonte non indica gruppi prioritari.
apply-intro = { $title } – come presentare la domanda:
apply-closed-warning = Attenzione: questo bando si è chiuso il { $date }.

## Funds

funds-intro = I fondi e le reti che conosco:
fund-line = { $name }

## Guidance

guidance-why = Perché i partenariati multi-attore sono utili:
guidance-finding = Come trovare partner in altri paesi:

## Action Plan

plan-overview = { $title }: { $count } azioni di partenariato (completate: { $complete }, in sospeso: { $pending }, continuative: { $continuous }).
plan-goals = I suoi obiettivi:
action-line = Azione { $number }: { $title } ({ $status })
action-header = Azione { $number }: { $title }
action-status = Stato: { $status }
action-type = Tipo: { $type }
status-continuous = continuativa
status-complete = completata
status-pending = in sospeso

## Projects

projects-intro = Esempi di progetti finanziati:
project-line = { $name }: { $summary }
project-activities = Cosa ha fatto:

## Reminders

subscribe-done = Fatto: ti ricorderò le scadenze di { $what }.
subscribe-all-calls = tutti i bandi
subscribe-closed = { $title }: il bando si è chiuso il { $date }, quindi non c'è nulla da ricordarti. Ti ho iscritto invece ai prossimi bandi.
unsubscribe-done = Fatto: non riceverai più promemoria per { $what }.
unsubscribe-none = Non hai promemoria da disattivare.
reminders-none = Non hai promemoria. Invia /subscribe per riceverne uno prima di ogni scadenza.
reminders-list = I tuoi promemoria: { $what }

## Settings

lang-set = D'ora in poi ti risponderò in { $language }.
lang-usage = Scegli una lingua con /lang <code>, ad esempio /lang it. Lingue: { $languages }
store-error = Mi dispiace, non sono riuscito a salvare in questo momento. Riprova tra poco.
subscribe-how = Per ricevere promemoria sulle scadenze, scrivi /subscribe in una chat con me (o /subscribe seguito da un bando); /unsubscribe li interrompe e /reminders li elenca.
subscribe-admins-only = Solo gli amministratori del gruppo possono modificarne i promemoria. Puoi iscriverti personalmente in una chat privata con me.
button-remind = 🔔 Ricordami questa scadenza
rate-limited = Mi stai scrivendo più in fretta di quanto io riesca a rispondere. Aspetta un minuto, per favore: poi ti risponderò di nuovo.
reminder-days = ⏰ Promemoria – { $title }: il bando scade tra { $days ->
        [one] un giorno
       *[other] { $days } giorni
    }: { $date } alle { $time } ({ $zone }).
reminder-today = ⏰ Oggi è l'ultimo giorno – { $title }: il bando scade alle { $time } ({ $zone }).
reminder-moved = 📅 { $title }: la scadenza è stata spostata. Prima: { $from }; ora: { $to } ({ $zone }).
reminder-footer = Invia /unsubscribe per non ricevere più questi promemoria.
forget-done = Fatto: ho cancellato la lingua che avevi scelto e i promemoria di questa chat. Non conservo nient'altro su di te.
forget-nothing = Non avevo salvato nulla su di te.
calendar-none = Non hai promemoria, quindi non ci sono scadenze da aggiungere a un calendario. Invia prima /subscribe.
calendar-ready = Ecco le scadenze dei tuoi promemoria in un file di calendario. Aprilo per aggiungerle al tuo calendario.
reminders-next = { $what } (prossimo promemoria: { $date })
reminders-no-next = { $what } (per ora nessuna scadenza in arrivo)
