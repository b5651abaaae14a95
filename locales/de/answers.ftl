# German answer texts. Variables in { $braces } are filled in by fundbot; lists and knowledge
# texts (call titles, activities, partner types...) come from the knowledge files.
# Titles are placed after a colon or dash so that no article has to agree with them.

## Conversation

greeting = Hallo! Ich beantworte Fragen zur EU-Förderung für die Integration von Migrantinnen und Migranten: offene Aufrufe, Fristen, wer sich bewerben kann, Partner im Konsortium, geförderte Aktivitäten und den EU-Aktionsplan. Frag einfach in deiner Sprache.
help =
    Ich gebe dir Auskunft über Fördermittel für die Integration von Migrantinnen und Migranten in Europa. Frag zum Beispiel:
    • Welche Aufrufe sind offen?
    • Wann endet der AMIF-Aufruf?
    • Wer sollte im Konsortium sein?
    • Was ist Maßnahme 10 des Aktionsplans?
    Befehle: /calls, /lang <code>, /subscribe, /unsubscribe, /reminders, /help
fallback = Tut mir leid, ich kann nur Fragen zur Förderung der Integration von Migrantinnen und Migranten in Europa beantworten. Du könntest zum Beispiel fragen:
fallback-suggestions =
    • Welche Aufrufe sind offen?
    • Wann ist die AMIF-Frist?
    • Wer kann sich bewerben?
    • Welche Partner braucht ein Konsortium?
empty-question = Bitte gib eine Frage ein, zum Beispiel: „Wann ist die AMIF-Frist?“

## Sources and translations

source = Quelle: { $sources }
untranslated = (Noch nicht ins Deutsche übersetzt; wird auf Englisch angezeigt.)

## Dates

date = { $day }. { $month } { $year }
time = { $hour }:{ $minute }
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
tz-europe-brussels = Brüsseler Zeit

## Calls

calls-intro = Diese Förderaufrufe kenne ich:
call-line-open = { $title }: offen bis { $date }
call-line-closed = { $title }: geschlossen am { $date }
call-line-no-deadline = { $title }: keine Frist angegeben
deadline-closed = { $title }: Die Frist ist am { $date } um { $time } Uhr ({ $zone }) abgelaufen. Eine Bewerbung ist nicht mehr möglich.
deadline-open = { $title }: Bewerbungen sind bis zum { $date } um { $time } Uhr ({ $zone }) möglich – { $days ->
        [one] noch 1 Tag
       *[other] noch { $days } Tage
    }.
deadline-none = { $title }: Die Quelle nennt keine Frist.
eligibility-intro = { $title } – wer sich bewerben kann:
activities-intro = { $title } – das wird gefördert:
activities-note = { $note }
consortium-intro = { $title } – diese Partner werden im Konsortium erwartet:
partners-intro = { $title } – Zusammenarbeit mit:
transnational = { $text }
target-groups-intro = { $title } – Vorschläge sollen besonders berücksichtigen:
target-groups-none = { $title }: Die Quelle nennt keine vorrangigen Zielgruppen.
apply-intro = { $title } – so bewirbst du dich:
apply-closed-warning = Hinweis: Die Frist für diesen Aufruf ist am { $date } abgelaufen.

## Funds

funds-intro = Diese Fonds und Netzwerke kenne ich:
fund-line = { $name }

## Guidance

guidance-why = Warum Multi-Stakeholder-Partnerschaften helfen:
guidance-finding = Partner in anderen Ländern finden:

## Action Plan

plan-overview = Der { $title } umfasst { $count } Partnerschaftsmaßnahmen: { $complete } abgeschlossen, { $pending } ausstehend und { $continuous } fortlaufend.
plan-goals = Seine Ziele:
action-line = Maßnahme { $number }: { $title } ({ $status })
action-header = Maßnahme { $number }: { $title }
action-status = Status: { $status }
action-type = Art: { $type }
status-continuous = fortlaufend
status-complete = abgeschlossen
status-pending = ausstehend

## Projects

projects-intro = Beispiele für geförderte Projekte:
project-line = { $name }: { $summary }
project-activities = Was das Projekt gemacht hat:

## Reminders

subscribe-done = Erledigt: Ich erinnere dich rechtzeitig vor Fristende – { $what }.
subscribe-all-calls = alle Aufrufe
subscribe-closed = { $title }: Die Frist ist am { $date } abgelaufen, es gibt also nichts mehr zu erinnern. Stattdessen habe ich dich für künftige Aufrufe angemeldet.
unsubscribe-done = Erledigt: Du bekommst keine Erinnerungen mehr – { $what }.
unsubscribe-none = Du hast keine Erinnerungen, die ich beenden könnte.
reminders-none = Du hast keine Erinnerungen. Schick /subscribe, dann erinnere ich dich vor jeder Frist.
reminders-list = Deine Erinnerungen: { $what }

## Settings

lang-set = Ab jetzt antworte ich dir in dieser Sprache: { $language }.
lang-usage = Wähle eine Sprache mit /lang <code>, zum Beispiel /lang de. Sprachen: { $languages }
store-error = Tut mir leid, das konnte ich gerade nicht speichern. Bitte versuch es gleich noch einmal.
subscribe-how = Für Erinnerungen an Fristen schick mir im Chat /subscribe (oder /subscribe gefolgt von einem Aufruf); /unsubscribe beendet sie und /reminders zeigt sie an.
subscribe-admins-only = Die Erinnerungen dieser Gruppe können nur ihre Admins ändern. Du selbst kannst dich in einem privaten Chat mit mir anmelden.
button-remind = 🔔 Erinnere mich an diese Frist
rate-limited = Du schickst mir schneller Nachrichten, als ich antworten kann. Bitte warte eine Minute, danach antworte ich dir wieder.
reminder-days = ⏰ Erinnerung – { $title }: Die Frist endet in { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    }, am { $date } um { $time } Uhr ({ $zone }).
reminder-today = ⏰ Heute ist der letzte Tag – { $title }: Die Frist endet um { $time } Uhr ({ $zone }).
reminder-moved = 📅 { $title }: Die Frist wurde verschoben – vom { $from } auf den { $to } ({ $zone }).
reminder-footer = Schick /unsubscribe, um diese Erinnerungen abzubestellen.
forget-done = Erledigt: Ich habe deine Sprachwahl und die Erinnerungen dieses Chats gelöscht. Sonst speichere ich nichts über dich.
forget-nothing = Ich hatte nichts über dich gespeichert.
calendar-none = Du hast keine Erinnerungen, also gibt es keine Fristen, die ich in einen Kalender eintragen könnte. Schick zuerst /subscribe.
calendar-ready = Hier sind die Fristen deiner Erinnerungen als Kalenderdatei. Öffne sie, um die Fristen in deinen Kalender zu übernehmen.
reminders-next = { $what } (nächste Erinnerung: { $date })
reminders-no-next = { $what } (derzeit keine anstehende Frist)
