# Polish answer texts. Variables in { $braces } are filled in by fundbot; lists and knowledge
# texts (call titles, activities, partner types...) come from the knowledge files.
# Sentences put { $title } before a colon or dash so that it can stay in the nominative.

## Conversation

greeting = Cześć! Odpowiadam na pytania o finansowanie UE na rzecz integracji migrantów: otwarte nabory, terminy, kto może składać wnioski, partnerzy w konsorcjum, finansowane działania i unijny plan działania. Pytaj w swoim języku.
help =
    Mogę opowiedzieć o finansowaniu integracji migrantów w Europie. Zapytaj na przykład:
    • Jakie nabory są otwarte?
    • Kiedy zamyka się nabór AMIF?
    • Kto powinien być w konsorcjum?
    • Czym jest działanie 10 planu działania?
    Polecenia: /calls, /lang <kod>, /subscribe, /unsubscribe, /reminders, /help
fallback = Przepraszam, odpowiadam tylko na pytania o finansowanie integracji migrantów w Europie. Możesz zapytać:
fallback-suggestions =
    • Jakie nabory są otwarte?
    • Jaki jest termin naboru AMIF?
    • Kto może złożyć wniosek?
    • Jakich partnerów potrzebuje konsorcjum?
empty-question = Wpisz pytanie, na przykład: „Jaki jest termin naboru AMIF?”

## Sources and translations

source = Źródło: { $sources }
untranslated = (Jeszcze nie przetłumaczono na polski; wyświetlono po angielsku.)

## Dates

date = { $day } { $month } { $year }
time = { $hour }:{ $minute }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
tz-europe-brussels = czasu brukselskiego

## Calls

calls-intro = Nabory, o których wiem:
call-line-open = { $title }: otwarty do { $date }
call-line-closed = { $title }: zamknięty { $date }
call-line-no-deadline = { $title }: brak podanej daty zamknięcia
deadline-closed = { $title }: nabór zamknięto { $date } o { $time } ({ $zone }). Nie jest już otwarty.
deadline-open = { $title }: nabór jest otwarty do { $date }, godz. { $time } ({ $zone }). Pozostało dni: { $days }.
deadline-none = { $title }: źródło nie podaje daty zamknięcia.
eligibility-intro = { $title } – kto może składać wnioski:
activities-intro = { $title } – co jest finansowane:
activities-note = { $note }
consortium-intro = { $title } – jakich partnerów oczekuje się w konsorcjum:
partners-intro = { $title } – z kim współpracuje:
transnational = { $text }
target-groups-intro = { $title } – grupy, na które wnioski powinny zwracać szczególną uwagę:
target-groups-none = { $title }: źródło nie wymienia grup priorytetowych.
apply-intro = { $title } – jak złożyć wniosek:
apply-closed-warning = Uwaga: ten nabór zamknięto { $date }.

## Funds

funds-intro = Fundusze i sieci, o których wiem:
fund-line = { $name }

## Guidance

guidance-why = Dlaczego partnerstwa wielu interesariuszy pomagają:
guidance-finding = Jak znaleźć partnerów w innych krajach:

## Action Plan

plan-overview = { $title } obejmuje { $count } działań partnerskich. Zakończone: { $complete }, oczekujące: { $pending }, ciągłe: { $continuous }.
plan-goals = Jego cele:
action-line = Działanie { $number }: { $title } ({ $status })
action-header = Działanie { $number }: { $title }
action-status = Status: { $status }
action-type = Rodzaj: { $type }
status-continuous = ciągłe
status-complete = zakończone
status-pending = oczekujące

## Projects

projects-intro = Przykłady sfinansowanych projektów:
project-line = { $name }: { $summary }
project-activities = Co zrobiono:

## Reminders

subscribe-done = Gotowe: przypomnę Ci przed terminami – { $what }.
subscribe-all-calls = wszystkie nabory
subscribe-closed = { $title }: nabór zamknięto { $date }, więc nie ma o czym przypominać. Zamiast tego zapisano Cię na przypomnienia o przyszłych naborach.
unsubscribe-done = Gotowe: nie będziesz już dostawać przypomnień – { $what }.
unsubscribe-none = Nie masz żadnych przypomnień do wyłączenia.
reminders-none = Nie masz żadnych przypomnień. Wyślij /subscribe, aby dostać przypomnienie przed każdym terminem.
reminders-list = Twoje przypomnienia: { $what }

## Settings

lang-set = Od teraz odpowiadam w języku: { $language }.
lang-usage = Wybierz język poleceniem /lang <kod>, na przykład /lang pl. Języki: { $languages }
store-error = Przepraszam, nie udało się tego teraz zapisać. Spróbuj ponownie za chwilę.
subscribe-how = Aby dostawać przypomnienia o terminach, wyślij /subscribe na czacie ze mną (albo /subscribe z nazwą naboru); /unsubscribe je wyłącza, a /reminders pokazuje listę.
subscribe-admins-only = Tylko administratorzy grupy mogą zmieniać jej przypomnienia. Dla siebie możesz je włączyć na prywatnym czacie ze mną.
button-remind = 🔔 Przypomnij mi o tym terminie
rate-limited = Wysyłasz wiadomości szybciej, niż nadążam odpowiadać. Odczekaj, proszę, minutę – potem znowu Ci odpowiem.
reminder-days = ⏰ Przypomnienie – { $title }: nabór zamyka się za { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }, { $date }, godz. { $time } ({ $zone }).
reminder-today = ⏰ Dziś ostatni dzień – { $title }: nabór zamyka się o godz. { $time } ({ $zone }).
reminder-moved = 📅 { $title }: termin przesunięto z { $from } na { $to } ({ $zone }).
reminder-footer = Wyślij /unsubscribe, aby wyłączyć te przypomnienia.
forget-done = Gotowe: Twój wybór języka i przypomnienia z tego czatu zostały usunięte. Nie przechowuję o Tobie nic więcej.
forget-nothing = Nie było tu żadnych zapisanych informacji o Tobie.
calendar-none = Nie masz żadnych przypomnień, więc nie ma terminów do dodania do kalendarza. Najpierw wyślij /subscribe.
calendar-ready = Oto terminy z Twoich przypomnień w pliku kalendarza. Otwórz go, aby dodać je do swojego kalendarza.
reminders-next = { $what } (następne przypomnienie: { $date })
reminders-no-next = { $what } (na razie brak nadchodzących terminów)
