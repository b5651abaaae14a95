# Romanian answer texts. Variables in { $braces } are filled in by fundbot; lists and knowledge
# texts (call titles, activities, partner types...) come from the knowledge files.

## Conversation

greeting = Bună! Răspund la întrebări despre finanțarea UE pentru integrarea migranților: apeluri deschise, termene limită, cine poate aplica, parteneri de consorțiu, activități finanțate și Planul de acțiune al UE. Întreabă-mă în limba ta.
help =
    Îți pot spune despre finanțarea pentru integrarea migranților în Europa. Încearcă să întrebi:
    • Ce apeluri sunt deschise?
    • Când se închide apelul FAMI?
    • Cine ar trebui să facă parte din consorțiu?
    • Ce este acțiunea 10 din Planul de acțiune?
    Comenzi: /calls, /lang <cod>, /subscribe, /unsubscribe, /reminders, /help
fallback = Îmi pare rău, pot răspunde doar la întrebări despre finanțarea pentru integrarea migranților în Europa. Ai putea întreba:
fallback-suggestions =
    • Ce apeluri sunt deschise?
    • Care este termenul limită pentru FAMI?
    • Cine poate aplica?
    • De ce parteneri are nevoie un consorțiu?
empty-question = Te rog să scrii o întrebare, de exemplu: „Care este termenul limită pentru FAMI?”

## Sources and translations

source = Sursa: { $sources }
untranslated = (Încă nu a fost tradus în română; afișat în engleză.)

## Dates

date = { $day } { $month } { $year }
time = { $hour }:{ $minute }
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie
tz-europe-brussels = ora Bruxelles-ului

## Calls

calls-intro = Apelurile de finanțare pe care le cunosc:
call-line-open = { $title }: deschis până la { $date }
call-line-closed = { $title }: închis pe { $date }
call-line-no-deadline = { $title }: nu este indicată o dată de închidere
deadline-closed = { $title }: s-a închis pe { $date }, la ora { $time } ({ $zone }). Nu mai este deschis.
deadline-open = { $title }: este deschis până pe { $date }, la ora { $time } ({ $zone }). Zile rămase: { $days }.
deadline-none = Sursa nu indică o dată de închidere pentru { $title }.
eligibility-intro = Cine poate aplica – { $title }:
activities-intro = Ce finanțează { $title }:
activities-note = { $note }
consortium-intro = { $title } – partenerii așteptați în consorțiu:
partners-intro = { $title } colaborează cu:
transnational = { $text }
target-groups-intro = { $title } cere ca propunerile să acorde o atenție specială următoarelor grupuri:
target-groups-none = Sursa nu menționează grupuri prioritare pentru { $title }.
apply-intro = Cum se aplică – { $title }:
apply-closed-warning = Atenție: acest apel s-a închis pe { $date }.

## Funds

funds-intro = Fondurile și rețelele pe care le cunosc:
fund-line = { $name }

## Guidance

guidance-why = De ce ajută parteneriatele cu mai multe părți interesate:
guidance-finding = Cum găsiți parteneri în alte țări:

## Action Plan

plan-overview = { $title } cuprinde { $count } acțiuni de parteneriat: finalizate – { $complete }, în așteptare – { $pending }, continue – { $continuous }.
plan-goals = Obiectivele sale:
action-line = Acțiunea { $number }: { $title } ({ $status })
action-header = Acțiunea { $number }: { $title }
action-status = Stadiu: { $status }
action-type = Tip: { $type }
status-continuous = continuă
status-complete = finalizată
status-pending = în așteptare

## Projects

projects-intro = Exemple de proiecte finanțate:
project-line = { $name }: { $summary }
project-activities = Ce a realizat:

## Reminders

subscribe-done = Gata: îți voi aminti înainte de termenele limită pentru { $what }.
subscribe-all-calls = toate apelurile
subscribe-closed = { $title } s-a închis pe { $date }, așa că nu am ce să îți reamintesc. În schimb, te-am abonat la apelurile viitoare.
unsubscribe-done = Gata: nu vei mai primi mementouri pentru { $what }.
unsubscribe-none = Nu ai niciun memento de oprit.
reminders-none = Nu ai niciun memento. Trimite /subscribe ca să primești unul înainte de fiecare termen limită.
reminders-list = Mementourile tale: { $what }

## Settings

lang-set = De acum înainte îți răspund în limba: { $language }.
lang-usage = Alege o limbă cu /lang <cod>, de exemplu /lang ro. Limbi disponibile: { $languages }
store-error = Îmi pare rău, nu am putut salva acum. Te rog să încerci din nou peste câteva momente.
subscribe-how = Ca să primești mementouri despre termene, trimite /subscribe într-o conversație cu mine (sau /subscribe urmat de un apel); /unsubscribe le oprește, iar /reminders le afișează.
subscribe-admins-only = Doar administratorii grupului pot modifica mementourile acestuia. Te poți abona personal într-o conversație privată cu mine.
button-remind = 🔔 Amintește-mi de acest termen limită
rate-limited = Îmi trimiți mesaje mai repede decât pot răspunde. Te rog să aștepți un minut; după aceea îți voi răspunde din nou.
reminder-days = ⏰ Memento: { $title } se închide peste { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    }, pe { $date }, la ora { $time } ({ $zone }).
reminder-today = ⏰ Astăzi este ultima zi: { $title } se închide la ora { $time } ({ $zone }).
reminder-moved = 📅 Termenul limită pentru { $title } a fost mutat de la { $from } la { $to } ({ $zone }).
reminder-footer = Trimite /unsubscribe ca să nu mai primești aceste mementouri.
forget-done = Gata: am șters limba pe care ai ales-o și mementourile din această conversație. Nu mai păstrez nimic altceva despre tine.
forget-nothing = Nu aveam nimic salvat despre tine.
calendar-none = Nu ai niciun memento, deci nu există termene limită de adăugat într-un calendar. Trimite mai întâi /subscribe.
calendar-ready = Iată termenele limită din mementourile tale, într-un fișier de calendar. Deschide-l ca să le adaugi în calendarul tău.
reminders-next = { $what } (următorul memento: { $date })
reminders-no-next = { $what } (deocamdată nu urmează niciun termen limită)
