# Dutch answer texts. Variables in { $braces } are filled in by fundbot; lists and knowledge
# texts (call titles, activities, partner types...) come from the knowledge files.
# Titles are placed after a colon or dash so that no article (de/het) has to agree with them.

## Conversation

greeting = Hallo! Ik beantwoord vragen over EU-financiering voor de integratie van migranten: open oproepen, deadlines, wie mag aanvragen, partners in een consortium, gefinancierde activiteiten en het EU-actieplan. Stel je vraag gerust in je eigen taal.
help =
    Ik vertel je graag over financiering voor de integratie van migranten in Europa. Vraag bijvoorbeeld:
    • Welke oproepen staan open?
    • Wanneer sluit de AMIF-oproep?
    • Wie moet er in het consortium zitten?
    • Wat is actie 10 van het actieplan?
    Commando's: /calls, /lang <code>, /subscribe, /unsubscribe, /reminders, /help
fallback = Sorry, ik kan alleen vragen beantwoorden over financiering voor de integratie van migranten in Europa. Je kunt bijvoorbeeld vragen:
fallback-suggestions =
    • Welke oproepen staan open?
    • Wanneer is de AMIF-deadline?
    • Wie mag aanvragen?
    • Welke partners heeft een consortium nodig?
empty-question = Typ een vraag, bijvoorbeeld: "Wanneer is de AMIF-deadline?"

## Sources and translations

source = Bron: { $sources }
untranslated = (Nog niet in het Nederlands vertaald; in het Engels weergegeven.)

## Dates

date = { $day } { $month } { $year }
time = { $hour }:{ $minute }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
tz-europe-brussels = Brusselse tijd

## Calls

calls-intro = Deze financieringsoproepen ken ik:
call-line-open = { $title }: open tot { $date }
call-line-closed = { $title }: gesloten op { $date }
call-line-no-deadline = { $title }: geen sluitingsdatum bekend
deadline-closed = { $title }: de deadline was { $date } om { $time } uur ({ $zone }). Indienen kan niet meer.
deadline-open = { $title }: indienen kan tot { $date } om { $time } uur ({ $zone }), { $days ->
        [one] nog 1 dag
       *[other] nog { $days } dagen
    }.
deadline-none = { $title }: de bron noemt geen sluitingsdatum.
eligibility-intro = { $title } – wie mag aanvragen:
activities-intro = { $title } – dit wordt gefinancierd:
activities-note = { $note }
consortium-intro = { $title } – deze partners worden in het consortium verwacht:
partners-intro = { $title } – werkt samen met:
transnational = { $text }
target-groups-intro = { $title } – voorstellen moeten speciale aandacht besteden aan:
target-groups-none = { $title }: de bron noemt geen groepen die voorrang krijgen.
apply-intro = { $title } – zo dien je een aanvraag in:
apply-closed-warning = Let op: de deadline van deze oproep was { $date }.

## Funds

funds-intro = Deze fondsen en netwerken ken ik:
fund-line = { $name }

## Guidance

guidance-why = Waarom multi-stakeholderpartnerschappen helpen:
guidance-finding = Partners vinden in andere landen:

## Action Plan

plan-overview = Het { $title } telt { $count } partnerschapsacties: { $complete } afgerond, { $pending } in afwachting en { $continuous } doorlopend.
plan-goals = De doelen:
action-line = Actie { $number }: { $title } ({ $status })
action-header = Actie { $number }: { $title }
action-status = Status: { $status }
action-type = Soort: { $type }
status-continuous = doorlopend
status-complete = afgerond
status-pending = in afwachting

## Projects

projects-intro = Voorbeelden van gefinancierde projecten:
project-line = { $name }: { $summary }
project-activities = Wat het project deed:

## Reminders

subscribe-done = Geregeld: ik herinner je vóór de deadlines van { $what }.
subscribe-all-calls = alle oproepen
subscribe-closed = { $title }: de deadline was { $date }, dus er valt niets meer te herinneren. Ik heb je in plaats daarvan aangemeld voor toekomstige oproepen.
unsubscribe-done = Geregeld: je krijgt geen herinneringen meer voor { $what }.
unsubscribe-none = Je hebt geen herinneringen die ik kan stoppen.
reminders-none = Je hebt geen herinneringen. Stuur /subscribe om er vóór elke deadline een te krijgen.
reminders-list = Je herinneringen: { $what }

## Settings

lang-set = Vanaf nu antwoord ik je in deze taal: { $language }.
lang-usage = Kies een taal met /lang <code>, bijvoorbeeld /lang nl. Talen: { $languages }
store-error = Sorry, dat kon ik nu niet opslaan. Probeer het zo nog eens.
subscribe-how = Wil je herinneringen aan deadlines? Stuur me in de chat /subscribe (of /subscribe gevolgd door een oproep); /unsubscribe stopt ze en /reminders toont ze.
subscribe-admins-only = Alleen groepsbeheerders kunnen de herinneringen van deze groep wijzigen. Je kunt je wel zelf aanmelden in een privéchat met mij.
button-remind = 🔔 Herinner me aan deze deadline
rate-limited = Je stuurt me sneller berichten dan ik kan beantwoorden. Wacht even een minuut; daarna antwoord ik je weer.
reminder-days = ⏰ Herinnering – { $title }: de deadline is over { $days ->
        [one] één dag
       *[other] { $days } dagen
    }, op { $date } om { $time } uur ({ $zone }).
reminder-today = ⏰ Vandaag is de laatste dag – { $title }: indienen kan tot { $time } uur ({ $zone }).
reminder-moved = 📅 { $title }: de deadline is verplaatst van { $from } naar { $to } ({ $zone }).
reminder-footer = Stuur /unsubscribe om deze herinneringen te stoppen.
forget-done = Geregeld: ik heb je taalkeuze en de herinneringen van deze chat gewist. Verder bewaar ik niets over je.
forget-nothing = Ik had niets over je opgeslagen.
calendar-none = Je hebt geen herinneringen, dus er zijn geen deadlines om in een agenda te zetten. Stuur eerst /subscribe.
calendar-ready = Hier zijn de deadlines van je herinneringen als agendabestand. Open het om ze aan je agenda toe te voegen.
reminders-next = { $what } (volgende herinnering: { $date })
reminders-no-next = { $what } (voorlopig geen deadline in zicht)
