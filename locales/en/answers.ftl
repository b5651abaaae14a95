# English answer texts. Variables in { $braces } are filled in by fundbot; lists and knowledge
# texts (call titles, activities, partner types...) come from the knowledge files.

## Conversation

greeting = Hello! I answer questions about EU funding for migrant integration: open calls, deadlines, who may apply, consortium partners, funded activities and the EU Action Plan. Ask in your own language.
help =
    I can tell you about funding for migrant integration in Europe. Try asking:
    • Which calls are open?
    • When does the AMIF call close?
    • Who should be in the consortium?
    • What is action 10 of the Action Plan?
    Commands: /calls, /lang <code>, /subscribe, /unsubscribe, /reminders, /help
fallback = Sorry, I can only answer questions about funding for migrant integration in Europe. You could ask:
fallback-suggestions =
    • Which calls are open?
    • When is the AMIF deadline?
    • Who can apply?
    • Which partners does a consortium need?
empty-question = Please type a question, for example: "When is the AMIF deadline?"
unsupported-language = I can answer in these languages: { $languages }. Here is my answer in English.

## Sources and translations

source = Source: { $sources }
untranslated = (Not yet translated into English; shown in English.)

## Dates

date = { $day } { $month } { $year }
time = { $hour }:{ $minute }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
tz-europe-brussels = Brussels time

## Calls

calls-intro = Funding calls I know about:
call-line-open = { $title }: open until { $date }
call-line-closed = { $title }: closed on { $date }
call-line-no-deadline = { $title }: no closing date given
deadline-closed = The { $title } closed on { $date } at { $time } ({ $zone }). It is no longer open.
deadline-open = The { $title } is open until { $date } at { $time } ({ $zone }): { $days } days left.
deadline-none = The source gives no closing date for the { $title }.
eligibility-intro = Who may apply to the { $title }:
activities-intro = The { $title } funds:
activities-note = { $note }
consortium-intro = The { $title } expects these partners in the consortium:
partners-intro = The { $title } works with:
transnational = { $text }
target-groups-intro = The { $title } asks proposals to pay specific attention to:
target-groups-none = The { $title } names no priority groups in the source.
apply-intro = How to apply to the { $title }:
apply-closed-warning = Note: this call closed on { $date }.

## Funds

funds-intro = Funds and networks I know about:
fund-line = { $name }

## Guidance

guidance-why = Why multi-stakeholder partnerships help:
guidance-finding = Finding partners in other countries:

## Action Plan

plan-overview = The { $title } has { $count } partnership actions: { $complete } complete, { $pending } pending and { $continuous } continuous.
plan-goals = Its goals:
action-line = Action { $number }: { $title } ({ $status })
action-header = Action { $number }: { $title }
action-status = Status: { $status }
action-type = Type: { $type }
status-continuous = continuous
status-complete = complete
status-pending = pending

## Projects

projects-intro = Examples of funded projects:
project-line = { $name }: { $summary }
project-activities = What it did:

## Reminders

subscribe-done = Done: I will remind you before the deadlines of { $what }.
subscribe-all-calls = all calls
subscribe-closed = The { $title } closed on { $date }, so there is nothing to remind you of. I have subscribed you to future calls instead.
unsubscribe-done = Done: you will get no more reminders for { $what }.
unsubscribe-none = You have no reminders to stop.
reminders-none = You have no reminders. Send /subscribe to get one before each deadline.
reminders-list = Your reminders: { $what }

## Settings

lang-set = From now on I will answer you in { $language }.
lang-usage = Choose a language with /lang <code>, for example /lang fr. Languages: { $languages }
store-error = Sorry, I could not save that just now. Please try again in a moment.
subscribe-how = To get deadline reminders, send /subscribe in a chat with me (or /subscribe followed by a call); /unsubscribe stops them and /reminders lists them.
subscribe-admins-only = Only the group's admins can change its reminders. You can subscribe yourself in a private chat with me.
button-remind = 🔔 Remind me of this deadline
rate-limited = You are sending messages faster than I can answer. Please wait a minute; I will answer again after that.
reminder-days = ⏰ Reminder: the { $title } closes in { $days ->
        [one] one day
       *[other] { $days } days
    }, on { $date } at { $time } ({ $zone }).
reminder-today = ⏰ Today is the last day: the { $title } closes at { $time } ({ $zone }).
reminder-moved = 📅 The deadline of the { $title } has moved from { $from } to { $to } ({ $zone }).
reminder-footer = Send /unsubscribe to stop these reminders.
forget-done = Done: I have deleted your language choice and the reminders of this chat. I keep nothing else about you.
forget-nothing = I had nothing stored about you.
calendar-none = You have no reminders, so there are no deadlines to put in a calendar. Send /subscribe first.
calendar-ready = Here are the deadlines of your reminders as a calendar file. Open it to add them to your calendar.
reminders-next = { $what } (next reminder: { $date })
reminders-no-next = { $what } (no deadline ahead for now)
