# Greek answer texts. Variables in { $braces } are filled in by fundbot; lists and knowledge
# texts (call titles, activities, partner types...) come from the knowledge files.

## Conversation

greeting = Γεια σας! Απαντώ σε ερωτήσεις για τη χρηματοδότηση της ΕΕ για την ένταξη των μεταναστών: ανοιχτές προσκλήσεις, προθεσμίες, ποιος μπορεί να κάνει αίτηση, εταίροι της κοινοπραξίας, επιλέξιμες δραστηριότητες και το Σχέδιο δράσης της ΕΕ. Ρωτήστε με στη γλώσσα σας.
help =
    Μπορώ να σας ενημερώσω για τη χρηματοδότηση της ένταξης των μεταναστών στην Ευρώπη. Δοκιμάστε να ρωτήσετε:
    • Ποιες προσκλήσεις είναι ανοιχτές;
    • Πότε κλείνει η πρόσκληση του AMIF;
    • Ποιοι πρέπει να συμμετέχουν στην κοινοπραξία;
    • Τι είναι η δράση 10 του Σχεδίου δράσης;
    Εντολές: /calls, /lang <code>, /subscribe, /unsubscribe, /reminders, /help
fallback = Λυπάμαι, μπορώ να απαντήσω μόνο σε ερωτήσεις για τη χρηματοδότηση της ένταξης των μεταναστών στην Ευρώπη. Θα μπορούσατε να ρωτήσετε:
fallback-suggestions =
    • Ποιες προσκλήσεις είναι ανοιχτές;
    • Πότε λήγει η προθεσμία του AMIF;
    • Ποιος μπορεί να κάνει αίτηση;
    • Ποιους εταίρους χρειάζεται μια κοινοπραξία;
empty-question = Γράψτε μια ερώτηση, για παράδειγμα: «Πότε λήγει η προθεσμία του AMIF;»

## Sources and translations

source = Πηγή: { $sources }
untranslated = (Δεν έχει μεταφραστεί ακόμη στα ελληνικά· εμφανίζεται στα αγγλικά.)

## Dates

date = { $day } { $month } { $year }
time = { $hour }:{ $minute }
month-1 = Ιανουαρίου
month-2 = Φεβρουαρίου
month-3 = Μαρτίου
month-4 = Απριλίου
month-5 = Μαΐου
month-6 = Ιουνίου
month-7 = Ιουλίου
month-8 = Αυγούστου
month-9 = Σεπτεμβρίου
month-10 = Οκτωβρίου
month-11 = Νοεμβρίου
month-12 = Δεκεμβρίου
tz-europe-brussels = ώρα Βρυξελλών

## Calls

calls-intro = Προσκλήσεις χρηματοδότησης που γνωρίζω:
call-line-open = { $title }: ανοιχτή έως { $date }
call-line-closed = { $title }: έκλεισε στις { $date }
call-line-no-deadline = { $title }: δεν αναφέρεται καταληκτική ημερομηνία
deadline-closed = { $title }: η προθεσμία έληξε στις { $date }, στις { $time } ({ $zone }). Δεν είναι πλέον ανοιχτή.
deadline-open = { $title }: είναι ανοιχτή έως τις { $date }, στις { $time } ({ $zone }). Ημέρες που απομένουν: { $days }.
deadline-none = Η πηγή δεν αναφέρει καταληκτική ημερομηνία για: { $title }.
eligibility-intro = Ποιος μπορεί να κάνει αίτηση — { $title }:
activities-intro = Τι χρηματοδοτείται — { $title }:
activities-note = { $note }
consortium-intro = Εταίροι που αναμένονται στην κοινοπραξία — { $title }:
partners-intro = Συνεργάτες — { $title }:
transnational = { $text }
target-groups-intro = { $title }: οι προτάσεις πρέπει να δίνουν ιδιαίτερη προσοχή σε:
target-groups-none = { $title }: η πηγή δεν αναφέρει ομάδες προτεραιότητας.
apply-intro = Πώς γίνεται η αίτηση — { $title }:
apply-closed-warning = Σημείωση: αυτή η πρόσκληση έκλεισε στις { $date }.

## Funds

funds-intro = Ταμεία και δίκτυα που γνωρίζω:
fund-line = { $name }

## Guidance

guidance-why = Γιατί βοηθούν οι συμπράξεις πολλών φορέων:
guidance-finding = Πώς θα βρείτε εταίρους σε άλλες χώρες:

## Action Plan

plan-overview = Το «{ $title }» περιλαμβάνει { $count } δράσεις εταιρικής σχέσης (ολοκληρωμένες: { $complete }, σε εκκρεμότητα: { $pending }, συνεχείς: { $continuous }).
plan-goals = Οι στόχοι του:
action-line = Δράση { $number }: { $title } ({ $status })
action-header = Δράση { $number }: { $title }
action-status = Κατάσταση: { $status }
action-type = Είδος: { $type }
status-continuous = συνεχής
status-complete = ολοκληρωμένη
status-pending = σε εκκρεμότητα

## Projects

projects-intro = Παραδείγματα χρηματοδοτούμενων έργων:
project-line = { $name }: { $summary }
project-activities = Τι έκανε:

## Reminders

subscribe-done = Έγινε: θα σας υπενθυμίσω πριν από τις προθεσμίες για { $what }.
subscribe-all-calls = όλες τις προσκλήσεις
subscribe-closed = { $title }: η προθεσμία έληξε στις { $date }, οπότε δεν υπάρχει κάτι να σας υπενθυμίσω. Αντί γι' αυτό, σας έγραψα για τις μελλοντικές προσκλήσεις.
unsubscribe-done = Έγινε: δεν θα λαμβάνετε άλλες υπενθυμίσεις για { $what }.
unsubscribe-none = Δεν έχετε υπενθυμίσεις για να σταματήσετε.
reminders-none = Δεν έχετε υπενθυμίσεις. Στείλτε /subscribe για να λαμβάνετε μία πριν από κάθε προθεσμία.
reminders-list = Οι υπενθυμίσεις σας: { $what }

## Settings

lang-set = Από εδώ και πέρα θα σας απαντώ σε αυτή τη γλώσσα: { $language }.
lang-usage = Επιλέξτε γλώσσα με /lang <code>, για παράδειγμα /lang fr. Γλώσσες: { $languages }
store-error = Λυπάμαι, δεν μπόρεσα να το αποθηκεύσω αυτή τη στιγμή. Δοκιμάστε ξανά σε λίγο.
subscribe-how = Για να λαμβάνετε υπενθυμίσεις για τις προθεσμίες, στείλτε /subscribe σε μια συνομιλία μαζί μου (ή /subscribe και μια πρόσκληση)· το /unsubscribe τις σταματά και το /reminders τις εμφανίζει.
subscribe-admins-only = Μόνο οι διαχειριστές της ομάδας μπορούν να αλλάξουν τις υπενθυμίσεις της. Μπορείτε όμως να εγγραφείτε προσωπικά σε μια ιδιωτική συνομιλία μαζί μου.
button-remind = 🔔 Θέλω υπενθύμιση για αυτή την προθεσμία
rate-limited = Μου στέλνετε μηνύματα πιο γρήγορα απ' όσο προλαβαίνω να απαντήσω. Περιμένετε ένα λεπτό· μετά θα σας απαντήσω ξανά.
reminder-days = ⏰ Υπενθύμιση — { $title }: η προθεσμία λήγει σε { $days ->
        [one] μία ημέρα
       *[other] { $days } ημέρες
    }, στις { $date }, στις { $time } ({ $zone }).
reminder-today = ⏰ Σήμερα είναι η τελευταία ημέρα — { $title }: η προθεσμία λήγει στις { $time } ({ $zone }).
reminder-moved = 📅 { $title }: η προθεσμία μετατέθηκε από τις { $from } στις { $to } ({ $zone }).
reminder-footer = Στείλτε /unsubscribe για να σταματήσετε αυτές τις υπενθυμίσεις.
forget-done = Έγινε: διέγραψα την επιλογή γλώσσας σας και τις υπενθυμίσεις αυτής της συνομιλίας. Δεν κρατώ τίποτε άλλο για εσάς.
forget-nothing = Δεν είχα αποθηκεύσει τίποτα για εσάς.
calendar-none = Δεν έχετε υπενθυμίσεις, οπότε δεν υπάρχουν προθεσμίες για να προστεθούν σε ημερολόγιο. Στείλτε πρώτα /subscribe.
calendar-ready = Ορίστε οι προθεσμίες των υπενθυμίσεών σας σε αρχείο ημερολογίου. Ανοίξτε το για να τις προσθέσετε στο ημερολόγιό σας.
reminders-next = { $what } (επόμενη υπενθύμιση: { $date })
reminders-no-next = { $what } (καμία επερχόμενη προθεσμία προς το παρόν)
