# Textos de las respuestas en español. Las variables entre { $llaves } las rellena fundbot; las listas
# y los textos de conocimiento (títulos de convocatorias, actividades, tipos de socios...) vienen
# de los archivos de conocimiento.

## Conversación

greeting = ¡Hola! Respondo preguntas sobre la financiación de la UE para la integración de personas migrantes: convocatorias abiertas, plazos, quién puede solicitar, socios del consorcio, actividades financiables y el Plan de Acción de la UE. Pregúntame en tu idioma.
help =
    Puedo informarte sobre la financiación para la integración de migrantes en Europa. Prueba a preguntar:
    • ¿Qué convocatorias están abiertas?
    • ¿Cuándo cierra la convocatoria del FAMI?
    • ¿Quién debe formar parte del consorcio?
    • ¿Qué es la acción 10 del Plan de Acción?
    Comandos: /calls, /lang <código>, /subscribe, /unsubscribe, /reminders, /help
fallback = Lo siento, solo puedo responder preguntas sobre la financiación para la integración de migrantes en Europa. Puedes preguntar, por ejemplo:
fallback-suggestions =
    • ¿Qué convocatorias están abiertas?
    • ¿Cuándo termina el plazo del FAMI?
    • ¿Quién puede solicitar?
    • ¿Qué socios necesita un consorcio?
empty-question = Escribe una pregunta, por ejemplo: «¿Cuándo termina el plazo del FAMI?»

## Fuentes y traducciones

source = Fuente: { $sources }
untranslated = (Todavía no está traducido al español; se muestra en inglés.)

## Fechas

date = { $day } de { $month } de { $year }
time = { $hour }:{ $minute }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
tz-europe-brussels = hora de Bruselas

## Convocatorias

calls-intro = Convocatorias de financiación que conozco:
call-line-open = { $title }: plazo abierto hasta el { $date }
call-line-closed = { $title }: plazo cerrado el { $date }
call-line-no-deadline = { $title }: sin fecha de cierre indicada
deadline-closed = El plazo de «{ $title }» terminó el { $date } a las { $time } ({ $zone }). Ya no se pueden presentar solicitudes.
deadline-open = Se puede presentar solicitud a «{ $title }» hasta el { $date } a las { $time } ({ $zone }): quedan { $days } días.
deadline-none = La fuente no indica ninguna fecha de cierre para «{ $title }».
eligibility-intro = Quién puede presentarse a «{ $title }»:
activities-intro = Qué financia «{ $title }»:
activities-note = { $note }
consortium-intro = Socios que «{ $title }» espera en el consorcio:
partners-intro = «{ $title }» colabora con:
transnational = { $text }
target-groups-intro = «{ $title }» pide que las propuestas presten especial atención a:
target-groups-none = La fuente no menciona grupos prioritarios para «{ $title }».
apply-intro = Cómo presentar una solicitud a «{ $title }»:
apply-closed-warning = Atención: el plazo de esta convocatoria terminó el { $date }.

## Fondos

funds-intro = Fondos y redes que conozco:
fund-line = { $name }

## Orientaciones

guidance-why = Por qué son útiles las asociaciones entre múltiples actores:
guidance-finding = Cómo encontrar socios en otros países:

## Plan de Acción

plan-overview = El { $title } incluye { $count } acciones de asociación (completadas: { $complete }; pendientes: { $pending }; continuas: { $continuous }).
plan-goals = Sus objetivos:
action-line = Acción { $number }: { $title } ({ $status })
action-header = Acción { $number }: { $title }
action-status = Estado: { $status }
action-type = Tipo: { $type }
status-continuous = continua
status-complete = completada
status-pending = pendiente

## Proyectos

projects-intro = Ejemplos de proyectos financiados:
project-line = { $name }: { $summary }
project-activities = Qué hizo:

## Recordatorios

subscribe-done = Hecho: te avisaré antes de que terminen los plazos ({ $what }).
subscribe-all-calls = todas las convocatorias
subscribe-closed = El plazo de «{ $title }» terminó el { $date }, así que no hay nada que recordarte. En su lugar, te he suscrito a las próximas convocatorias.
unsubscribe-done = Hecho: ya no recibirás más recordatorios ({ $what }).
unsubscribe-none = No tienes recordatorios que cancelar.
reminders-none = No tienes recordatorios. Envía /subscribe para recibir uno antes de cada plazo.
reminders-list = Tus recordatorios: { $what }

## Ajustes

lang-set = A partir de ahora te responderé en { $language }.
lang-usage = Elige un idioma con /lang <código>, por ejemplo /lang es. Idiomas: { $languages }
store-error = Lo siento, no he podido guardarlo ahora mismo. Inténtalo de nuevo dentro de un momento.
subscribe-how = Para recibir recordatorios de plazos, escribe /subscribe en un chat conmigo (o /subscribe seguido de una convocatoria); /unsubscribe los detiene y /reminders los muestra.
subscribe-admins-only = Solo los administradores del grupo pueden cambiar sus recordatorios. Tú puedes suscribirte en un chat privado conmigo.
button-remind = 🔔 Recuérdame este plazo
rate-limited = Me estás enviando mensajes más rápido de lo que puedo responder. Espera un minuto, por favor; después volveré a contestarte.
reminder-days = ⏰ Recordatorio: el plazo de «{ $title }» termina dentro de { $days ->
        [one] un día
       *[other] { $days } días
    }, el { $date } a las { $time } ({ $zone }).
reminder-today = ⏰ Hoy es el último día: el plazo de «{ $title }» termina a las { $time } ({ $zone }).
reminder-moved = 📅 El plazo de «{ $title }» ha cambiado: pasa del { $from } al { $to } ({ $zone }).
reminder-footer = Envía /unsubscribe para dejar de recibir estos recordatorios.
forget-done = Hecho: he borrado el idioma que elegiste y los recordatorios de este chat. No guardo nada más sobre ti.
forget-nothing = No tenía nada guardado sobre ti.
calendar-none = No tienes recordatorios, así que no hay plazos que añadir a un calendario. Envía primero /subscribe.
calendar-ready = Aquí tienes los plazos de tus recordatorios en un archivo de calendario. Ábrelo para añadirlos a tu calendario.
reminders-next = { $what } (próximo recordatorio: { $date })
reminders-no-next = { $what } (por ahora no hay plazos próximos)
