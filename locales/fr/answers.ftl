# Textes des réponses en français. Les variables entre { $accolades } sont remplies par fundbot ;
# les listes et les textes de la base de connaissances (titres des appels, activités, types de
# partenaires...) viennent des fichiers de connaissances.

## Conversation

greeting = Bonjour ! Je réponds à vos questions sur les financements européens pour l'intégration des migrants : appels ouverts, dates limites, qui peut candidater, partenaires du consortium, activités financées et plan d'action de l'UE. Posez votre question dans votre langue.
help =
    Je peux vous renseigner sur les financements pour l'intégration des migrants en Europe. Essayez par exemple :
    • Quels appels sont ouverts ?
    • Quand se termine l'appel du FAMI ?
    • Qui doit faire partie du consortium ?
    • C'est quoi l'action 10 du plan d'action ?
    Commandes : /calls, /lang <code>, /subscribe, /unsubscribe, /reminders, /help
fallback = Désolé, je ne peux répondre qu'aux questions sur les financements pour l'intégration des migrants en Europe. Vous pouvez demander par exemple :
fallback-suggestions =
    • Quels appels sont ouverts ?
    • Quelle est la date limite du FAMI ?
    • Qui peut candidater ?
    • De quels partenaires un consortium a-t-il besoin ?
empty-question = Écrivez votre question, par exemple : « Quelle est la date limite du FAMI ? »

## Sources et traductions

source = Source : { $sources }
untranslated = (Pas encore traduit en français ; affiché en anglais.)

## Dates

date = { $day } { $month } { $year }
time = { $hour }h{ $minute }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
tz-europe-brussels = heure de Bruxelles

## Appels

calls-intro = Les appels à projets que je connais :
call-line-open = { $title } : ouvert jusqu'au { $date }
call-line-closed = { $title } : clôturé le { $date }
call-line-no-deadline = { $title } : pas de date de clôture indiquée
deadline-closed = « { $title } » a été clôturé le { $date } à { $time } ({ $zone }). Il n'est plus ouvert.
deadline-open = « { $title } » est ouvert jusqu'au { $date } à { $time } ({ $zone }). Jours restants : { $days }.
deadline-none = La source n'indique pas de date de clôture pour « { $title } ».
eligibility-intro = Qui peut candidater à « { $title } » :
activities-intro = Ce que finance « { $title } » :
activities-note = { $note }
consortium-intro = Partenaires attendus dans le consortium pour « { $title } » :
partners-intro = « { $title } » travaille avec :
transnational = { $text }
target-groups-intro = « { $title } » demande aux propositions d'accorder une attention particulière à :
target-groups-none = La source ne mentionne aucun groupe prioritaire pour « { $title } ».
apply-intro = Comment candidater à « { $title } » :
apply-closed-warning = Attention : cet appel a été clôturé le { $date }.

## Fonds

funds-intro = Les fonds et réseaux que je connais :
fund-line = { $name }

## Conseils

guidance-why = Pourquoi les partenariats multi-acteurs sont utiles :
guidance-finding = Trouver des partenaires dans d'autres pays :

## Plan d'action

plan-overview = « { $title } » compte { $count } actions de partenariat (terminées : { $complete }, en attente : { $pending }, en continu : { $continuous }).
plan-goals = Ses objectifs :
action-line = Action { $number } : { $title } ({ $status })
action-header = Action { $number } : { $title }
action-status = Statut : { $status }
action-type = Type : { $type }
status-continuous = en continu
status-complete = terminée
status-pending = en attente

## Projets

projects-intro = Exemples de projets financés :
project-line = { $name } : { $summary }
project-activities = Ce que le projet a fait :

## Rappels

subscribe-done = C'est fait : je vous préviendrai avant les dates limites de { $what }.
subscribe-all-calls = tous les appels
subscribe-closed = « { $title } » a été clôturé le { $date } : il n'y a donc rien à vous rappeler. Je vous ai abonné aux prochains appels à la place.
unsubscribe-done = C'est fait : vous ne recevrez plus de rappels pour { $what }.
unsubscribe-none = Vous n'avez aucun rappel à arrêter.
reminders-none = Vous n'avez aucun rappel. Envoyez /subscribe pour en recevoir un avant chaque date limite.
reminders-list = Vos rappels : { $what }

## Réglages

lang-set = Désormais, je vous répondrai en { $language }.
lang-usage = Choisissez une langue avec /lang <code>, par exemple /lang fr. Langues : { $languages }
store-error = Désolé, je n'ai pas pu enregistrer cela pour le moment. Réessayez dans un instant.
subscribe-how = Pour recevoir des rappels avant les dates limites, envoyez /subscribe dans une discussion avec moi (ou /subscribe suivi d'un appel) ; /unsubscribe les arrête et /reminders les affiche.
subscribe-admins-only = Seuls les administrateurs du groupe peuvent modifier ses rappels. Vous pouvez vous abonner vous-même dans une discussion privée avec moi.
button-remind = 🔔 Me rappeler cette date limite
rate-limited = Vous m'envoyez des messages plus vite que je ne peux y répondre. Merci de patienter une minute ; ensuite, je vous répondrai à nouveau.
reminder-days = ⏰ Rappel : « { $title } » se clôture dans { $days ->
        [one] un jour
       *[other] { $days } jours
    }, le { $date } à { $time } ({ $zone }).
reminder-today = ⏰ C'est aujourd'hui le dernier jour : « { $title } » se clôture à { $time } ({ $zone }).
reminder-moved = 📅 La date limite de « { $title } » a été déplacée du { $from } au { $to } ({ $zone }).
reminder-footer = Envoyez /unsubscribe pour ne plus recevoir ces rappels.
forget-done = C'est fait : j'ai supprimé votre choix de langue et les rappels de cette discussion. Je ne conserve rien d'autre à votre sujet.
forget-nothing = Je n'avais rien enregistré à votre sujet.
calendar-none = Vous n'avez aucun rappel : il n'y a donc aucune date limite à ajouter à un agenda. Envoyez d'abord /subscribe.
calendar-ready = Voici les dates limites de vos rappels sous forme de fichier d'agenda. Ouvrez-le pour les ajouter à votre agenda.
reminders-next = { $what } (prochain rappel : { $date })
reminders-no-next = { $what } (aucune date limite à venir pour l'instant)
