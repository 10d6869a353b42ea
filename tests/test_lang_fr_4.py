"""French pages, a fourth probe: the NON-NEWS pages people scrape (the first three probes,
``test_lang_fr.py`` to ``test_lang_fr_3.py``, are news-heavy; ``test_lang_en_3.py`` is the English
model of this one).

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (a headline or a line
that may go either way). Article lines must survive (a hard assertion); the residue left on each
page is recorded in ``RESIDUE_LEFT`` and may only shrink.

Six pages are what a NAIVE scraper keeps (all the visible text: a town hall's administrative-procedure
page in the public-service style with its cookie banner, "Sommaire", "Cette page vous a-t-elle été
utile ?" and footer, a documentation how-to with breadcrumbs, "Sur cette page", "Modifier cette page"
and previous/next links, a company's tech blog with its author card, share row, newsletter box and
hiring pitch, a shop's product page with price, "Ajouter au panier" and reviews, a concert hall's
event page with its ticket box, a travel blog's weekend guide with its map widget and affiliate
lines), six what an EXTRACTOR lets through (a university's news item, an association's appeal that
asks for donations in its own prose, a job posting, a recipe blog with its readers' comments, a wiki
article with "[modifier | modifier le code]" headings and its references, a forum thread). The
article lines resemble residue on purpose: how-to imperatives ("Cliquez sur Enregistrer puis
connectez-vous à nouveau"), numbered steps and a command line, a shop's own spec list, an appeal's
own "Faites un don", a recipe's imperative steps, a job's duties, a forum's replies.

Measured when the probe was written, before any rule change (12 pages, 133 article and 254 residue
lines): article lines lost 2 (the concert's "Accessibilité" subheading, taken by site-chrome as a footer link;
a spec list's last row "Matériaux : verre borosilicaté, acier inoxydable", no figure in it, taken by
edge-furniture with the shop's furniture under it), residue lines left 48. After: article lines lost 0,
residue lines left 18 (see ``RESIDUE_LEFT``)."""

# ruff: noqa: E501
from __future__ import annotations

from probes import (
    assert_gate_admits,
    contents_tests,
    helpful_question_tests,
    judge,
    language_probe_tests,
    report,
    residue_goes_tests,
    section_name_tests,
    short_line_tests,
    tagged_probe_tests,
)
from strategies import ARTICLES

import cleaner

CASES = {
    # NAIVE: a town hall's procedure page in the public-service style
    "demarche": """\
R Aller au contenu
R Aller au menu
R Aller à la recherche
R Ce site utilise des cookies pour mesurer son audience et améliorer ses services.
R Tout accepter
R Tout refuser
R Personnaliser
R Ville de Valmont
R Menu
R Rechercher
R Accueil
R Démarches
R Papiers - Citoyenneté
T Carte d'identité : renouvellement pour une personne majeure
R Vérifié le 1er janvier 2025 - Service communication de la mairie
A La carte d'identité d'une personne majeure est valable 15 ans. Vous pouvez la renouveler si elle expire dans moins de 6 mois.
R Sommaire
R Conditions
R Où faire la demande ?
R Pièces à fournir
R Coût
R Délai de fabrication
A Conditions
A Vous devez être de nationalité française. La demande peut être faite dans n'importe quelle mairie équipée d'une station biométrique.
A Où faire la demande ?
A Prenez rendez-vous en ligne ou par téléphone auprès de la mairie. Faites d'abord une pré-demande en ligne et notez le numéro qui vous est attribué.
A Pièces à fournir
A Une photo d'identité de moins de 6 mois
A Votre ancienne carte d'identité
A Un justificatif de domicile de moins d'un an
A Coût
A Le renouvellement est gratuit. En cas de perte ou de vol, vous devez acheter un timbre fiscal de 25 €.
A Délai de fabrication
A Le délai dépend de la période de l'année. Comptez en moyenne trois semaines. Vous recevez un SMS quand la carte est disponible.
T Faire une pré-demande en ligne
R Imprimer la page
R Partager la page
R Cette page vous a-t-elle été utile ?
R Oui
R Non
R Signaler une erreur sur cette page
R Voir aussi
R Passeport : renouvellement
R Changement d'adresse
R Plan du site
R Mentions légales
R Accessibilité : partiellement conforme
R Données personnelles
R Gestion des cookies
R © Ville de Valmont 2025
""",
    # NAIVE: a documentation how-to
    "docs_howto": """\
R Documentation
R Guides
R Référence de l'API
R Notes de version
R Rechercher dans la documentation
R Ctrl K
R Documentation
R Guides
R Compte
R Activer l'authentification à deux facteurs
T Activer l'authentification à deux facteurs
R Sur cette page
R Prérequis
R Configurer une application d'authentification
R Codes de récupération
R Dépannage
A L'authentification à deux facteurs (2FA) ajoute une seconde étape à la connexion : il vous faut votre mot de passe et un code affiché sur votre téléphone.
A Prérequis
A Vous devez avoir le rôle Propriétaire ou Administrateur pour imposer la 2FA à tout un espace de travail.
A Configurer une application d'authentification
A 1. Ouvrez Paramètres > Sécurité.
A 2. Cliquez sur Activer la 2FA.
A 3. Scannez le code QR avec votre application d'authentification.
A 4. Saisissez le code à six chiffres.
A Cliquez sur Enregistrer puis connectez-vous à nouveau.
A Codes de récupération
A Après l'activation, téléchargez vos codes de récupération et conservez-les en lieu sûr. Chaque code ne fonctionne qu'une fois.
A Vous pouvez aussi activer la 2FA en ligne de commande :
A $ acme auth mfa enable --method totp
A Remarque : si vous perdez votre téléphone et vos codes, contactez le propriétaire de votre espace de travail.
A Dépannage
A Si vos codes sont refusés, vérifiez que l'heure de votre téléphone est réglée automatiquement.
A Pour être prévenu des modifications de ce guide, abonnez-vous au flux RSS dans votre lecteur.
R Cet article vous a-t-il été utile ?
R Oui
R Non
R Modifier cette page
R Dernière mise à jour le 12 janvier 2025
R Précédent
R Gérer les clés d'API
R Suivant
R Authentification unique (SSO)
R © 2025 Acme Cloud SAS. Documentation sous licence CC BY 4.0.
""",
    # NAIVE: a company's tech blog
    "eng_blog": """\
R Produit
R Solutions
R Tarifs
R Blog
R Carrières
R Se connecter
R Essai gratuit
R Tech
T Comment nous avons divisé par quatre le temps de notre intégration continue
R Camille Durand
R Ingénieure principale, équipe Plateforme
R 3 mars 2025
R Lecture : 8 min
A Il y a deux ans, une exécution complète de notre suite de tests prenait 40 minutes. Les équipes regroupaient leurs changements pour ne pas attendre, et les gros lots cassaient plus souvent.
A Cet article décrit les quatre changements qui ont ramené l'exécution médiane à 9 minutes.
A 1. Répartir les tests selon leur durée
A Nous avons mesuré pendant une semaine la durée de chaque test, puis équilibré 32 lots. Le lot le plus lent est passé de 18 à 6 minutes.
A 2. Mettre les dépendances en cache
A Nos images Docker reconstruisaient les dépendances à chaque commit. Le cache dépend désormais de l'empreinte du fichier de verrouillage :
A COPY poetry.lock pyproject.toml ./
A RUN poetry install --no-root
A 3. Ne pas tester ce qui n'a pas changé
A 4. Rendre visibles les tests instables
A Un test qui échoue puis réussit au second essai est désormais signalé à l'équipe qui en a la charge, avec un lien vers l'exécution.
A Si vous voulez essayer, commencez par les données de durée. Partagez le fichier avec votre équipe avant de toucher à quoi que ce soit : les chiffres convainquent plus vite qu'un long document.
A Merci à l'équipe Plateforme pour son travail sur ce projet.
R Tags
R Intégration continue
R Tests
R Partager l'article
R Twitter
R LinkedIn
R Copier le lien
R À propos de l'auteure
R Camille dirige l'équipe Plateforme. Auparavant, elle a construit des outils de build dans deux start-up de la fintech.
R Articles similaires
R Migrer 400 services vers Kubernetes sans interruption
R Ce que nous a appris une année d'astreintes
R Abonnez-vous à notre newsletter
R Recevez nos derniers articles techniques directement dans votre boîte mail.
R Adresse e-mail
R S'abonner
R Nous recrutons ! Rejoignez notre équipe et construisez avec nous les outils des développeurs de demain.
R Voir nos offres
R © 2025 Pilea SAS. Tous droits réservés.
R Politique de confidentialité
R Mentions légales
R CGU
""",
    # NAIVE: a shop's product page
    "product": """\
R Livraison offerte dès 49 € d'achat
R Cuisine
R Café & thé
R Promos
R Mon compte
R Panier (0)
R Accueil
R Cuisine
R Cafetières
T Cafetière à piston « Alma » 1 litre
T 39,90 €
R TTC, frais de livraison en sus
R ★★★★☆ 4,5 (187 avis)
R En stock - expédié sous 48 h
R Quantité
R Ajouter au panier
R Ajouter à ma liste d'envies
A Une cafetière à piston en verre borosilicaté et acier inoxydable pour préparer huit tasses en quatre minutes.
A Pas de filtre papier, pas de capsule, pas de déchet.
A Contenu du coffret
A Verseuse en verre de 1 litre
A Piston à double filtre en inox
A Cuillère doseuse
A Entretien
A Rincez le filtre après chaque utilisation et passez-le au lave-vaisselle une fois par semaine.
A Caractéristiques
A Contenance : 1 l (8 tasses)
A Poids : 620 g
A Matériaux : verre borosilicaté, acier inoxydable
R Livraison et retours
R Retours gratuits sous 30 jours.
R Avis clients
R 4,5/5
R Rédiger un avis
R Très bon café, facile à nettoyer
R Achat vérifié
R Sophie, le 12 mars 2025
R Le meilleur café que j'aie jamais fait à la maison.
R Cet avis vous a-t-il été utile ? Oui (14) Non (1)
R Les clients ont aussi acheté
R Moulin à café manuel
R 24,90 €
R Inscrivez-vous à la newsletter et recevez 10 % de réduction sur votre première commande
R © 2025 Maison Alma
""",
    # NAIVE: a concert hall's event page with its ticket box
    "event": """\
R Agenda
R Concerts
R Jeune public
R Infos pratiques
R Billetterie
T Nuit du piano : les Nocturnes de Chopin
R Samedi 15 novembre 2025
R 20 h 30
R Grande salle
R Durée : 1 h 45 avec entracte
R De 12 à 38 €
R Réserver
R Ajouter à mon agenda
A Pour sa première venue à Valmont, la pianiste Léa Martin joue l'intégrale des Nocturnes de Chopin, en deux parties.
A Elle présentera elle-même chaque partie, avec quelques mots sur la vie du compositeur à Paris.
A Programme
A Première partie : Nocturnes op. 9 à op. 37
A Entracte
A Seconde partie : Nocturnes op. 48 à op. 72
A Tarifs
A Plein tarif : 38 €
A Tarif réduit : 25 €
A Moins de 26 ans : 12 €
A Les billets sont nominatifs. Présentez-les sur votre téléphone ou imprimez-les chez vous.
A Accessibilité
A La grande salle est accessible aux personnes à mobilité réduite. Merci de nous signaler vos besoins lors de la réservation.
R Partager
R Facebook
R E-mail
R Vous aimerez aussi
R Quatuor Ébène : Beethoven
R Inscrivez-vous à notre lettre d'information
R Soyez les premiers informés de la programmation et des ouvertures de billetterie.
R © Auditorium de Valmont 2025
""",
    # NAIVE: a travel blog's weekend guide
    "travel": """\
R Destinations
R Idées de voyage
R Hôtels
R Bons plans
R Connexion
T Que faire à Porto en un week-end ?
R Par Julie Morel
R Mis à jour le 2 mai 2025
R Cet article contient des liens affiliés. Si vous réservez par leur intermédiaire, nous touchons une petite commission, sans surcoût pour vous.
R Sommaire
R Jour 1
R Jour 2
R Où dormir
A Porto se visite très bien à pied en deux jours, à condition d'avoir de bonnes chaussures : la ville est faite de collines.
A Jour 1 : la Ribeira et le pont Dom-Luís
A Commencez tôt par la Ribeira, avant l'arrivée des groupes. Traversez ensuite le pont Dom-Luís par le tablier supérieur.
A Montez jusqu'au jardin du Morro pour le coucher de soleil sur le Douro.
R Carte
R Données cartographiques ©2025 Google
R Agrandir le plan
A Jour 2 : les caves de Gaia
A Réservez votre visite de cave la veille, surtout en août, car les créneaux partent vite. Comptez 20 € avec dégustation.
R Réservez votre visite guidée ici
A Où dormir
A Nous avons logé près de la rue Santa Catarina, centrale et plus calme que la Ribeira.
R Vérifier les prix
R Réserver maintenant
R Épinglez cet article sur Pinterest !
R À lire aussi
R Les 10 plus belles excursions depuis Lisbonne
R Manger pas cher à Madrid
R Laisser un commentaire
R Recevez notre guide de voyage gratuit
R © 2025 Valises et Vagabonds
""",
    # EXTRACTOR: a university's news item
    "university": """\
T L'université inaugure un bâtiment d'ingénierie de 40 millions d'euros
R Actualités
R Publié le 14 octobre 2025
R Par le service communication
A L'université de Valmont a inauguré son nouveau centre d'ingénierie, qui accueillera dès ce semestre 1 200 étudiants et 90 chercheurs.
A Le bâtiment de cinq étages, sur le campus nord, abrite une soufflerie, une halle d'essais des matériaux et un atelier ouvert à tous les étudiants.
A La doyenne de la faculté des sciences de l'ingénieur, Amara Okafor, a déclaré : « C'est le bâtiment que nos étudiants nous demandaient. »
A « Ils voulaient de la place pour construire, casser et reconstruire. »
A Le centre a été financé par l'université, la région et un don d'une ancienne étudiante, Hélène Marchand.
A Les points clés
A Une soufflerie de 4 mètres pour l'aéronautique et le génie civil
A Un accès 24 heures sur 24 pour les équipes de projet de dernière année
A Un toit végétalisé équipé de 300 capteurs, qui sert de laboratoire
A Les étudiants réservent l'atelier dans l'application de l'université. Connectez-vous avec votre compte universitaire et choisissez un créneau de deux heures.
A Une journée portes ouvertes pour les lycées aura lieu le 22 novembre. Les enseignants peuvent inscrire leur classe auprès du service d'orientation.
R Contact presse
R Service communication
R Tél. : 02 40 12 34 56
R presse@univ-valmont.fr
R Partager
R Facebook
R X
R LinkedIn
R Dans la même rubrique
R Valmont parmi les 20 meilleures universités pour la satisfaction des étudiants
R Une nouvelle bourse pour les apprentis ingénieurs
""",
    # EXTRACTOR: an association's appeal (the appeal itself asks for donations)
    "appeal": """\
T De l'eau potable pour Kibera : notre appel d'hiver
R Je fais un don
A Cet hiver, 12 000 familles de Kibera feront la queue pour une eau qui n'est pas potable.
A Grace, mère de quatre enfants, marche 40 minutes pour atteindre le robinet le plus proche. Sa plus jeune fille a été malade trois fois l'an dernier.
A « Quand le robinet est cassé, on achète l'eau aux charrettes. Ça coûte plus cher que notre nourriture. »
A Un nouveau forage avec pompe solaire coûte 18 000 euros et alimente 3 000 personnes pendant au moins 15 ans.
A Faites un don dès aujourd'hui : 30 euros financent un filtre à eau pour une famille, 100 euros la formation d'une technicienne.
A Chaque don reçu avant le 31 décembre sera doublé par la Fondation Hollins, dans la limite de 50 000 euros.
A Grâce à la réduction d'impôt de 66 %, un don de 100 euros ne vous coûte en réalité que 34 euros.
R Je fais un don
R 30 €
R 50 €
R 100 €
R Autre montant
R Don mensuel
R Paiement 100 % sécurisé
R Partager cet appel
R Inscrivez-vous à notre newsletter
R Photo : Eau Vive/James Otieno
""",
    # EXTRACTOR: a job posting
    "job": """\
T Chargé de mission data (H/F)
T Mutuelle Horizon
T Nantes (44) - Télétravail partiel
T CDI - Temps plein
T 42 000 - 48 000 € brut par an
R Publiée il y a 5 jours
R Postuler
R Sauvegarder l'offre
A La Mutuelle Horizon protège 300 000 adhérents dans l'Ouest. Nous recherchons un chargé de mission data pour aider nos agences à réduire les délais de remboursement.
A Vos missions
A Concevoir et maintenir les tableaux de bord des directeurs d'agence
A Traduire les questions des équipes métier en analyses
A Partager les résultats chaque trimestre avec votre équipe et la direction
A Votre profil
A Au moins 3 ans d'expérience avec SQL et Python
A Capacité à présenter des données à un public non technique
A Nous offrons
A 27 jours de congés et 10 jours de RTT
A Tickets restaurant et mutuelle prise en charge à 100 %
A Envoyez votre CV et une courte lettre de motivation avant le 30 avril. Nous répondons à toutes les candidatures.
A Tous nos postes sont ouverts aux personnes en situation de handicap.
R Postuler
R Signaler cette offre
R Offres similaires
R Data analyst - Groupe hospitalier - Rennes
R Créer une alerte emploi pour des offres similaires
""",
    # EXTRACTOR: a recipe blog with its readers' comments
    "recipe": """\
T Tarte aux pommes de ma grand-mère
R Publié par Claire le 12 septembre 2024 - 36 commentaires
R Aller à la recette
A Quand les premières pommes tombent en septembre, je fais cette tarte. La recette vient de ma grand-mère, j'ai seulement réduit un peu le sucre.
A Ingrédients
A 1 pâte brisée
A 1 kg de pommes (reinettes ou boskoop)
A 50 g de sucre
A 30 g de beurre
A 1 sachet de sucre vanillé
A Préparation
A 1. Préchauffez le four à 180 °C.
A 2. Épluchez les pommes, retirez le cœur et coupez-les en fines lamelles.
A 3. Étalez la pâte dans un moule beurré et piquez le fond à la fourchette.
A 4. Disposez les pommes en rosace, saupoudrez de sucre et parsemez de beurre.
A 5. Enfournez pour 40 minutes, jusqu'à ce que les pommes soient dorées.
A Astuce : laissez tiédir la tarte avant de la démouler, sinon le fond se casse.
T Dites-moi en commentaire si vous l'avez faite avec des reinettes ou des boskoops !
R Imprimer la recette
R Vous avez aimé cette recette ? Notez-la !
R 36 commentaires
R Martine
R 14 septembre 2024 à 18 h 22
R Délicieuse, je l'ai faite hier ! Avec des reinettes elle était parfaite.
R Répondre
R Claire
R 14 septembre 2024 à 20 h 05
R Merci Martine, ça me fait très plaisir !
R Répondre
R Thomas
R 16 septembre 2024 à 9 h 41
R Peut-on préparer la pâte la veille ?
R Répondre
R Laisser un commentaire
R Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
""",
    # EXTRACTOR: a wiki article with its edit links and references
    "wiki": """\
T Reinette du Mans
R Un article de Wikipédia, l'encyclopédie libre.
A La reinette du Mans est une variété de pomme originaire de la Sarthe. Elle est surtout utilisée pour le cidre et la cuisine.[1]
R Sommaire
R 1 Histoire
R 2 Description
R 3 Utilisation
R 4 Notes et références
A Histoire[modifier | modifier le code]
A La variété est décrite pour la première fois en 1823 par un pépiniériste du Mans, qui la diffusa dans tout l'Ouest.[2]
A Description[modifier | modifier le code]
A Le fruit est moyen, jaune doré, souvent taché de rouge du côté du soleil. Sa chair est ferme et acidulée.[3]
A Utilisation[modifier | modifier le code]
A Grâce à son acidité, elle convient aux tartes, aux compotes et aux cidres de la région.
T Voir aussi[modifier | modifier le code]
T Liste de variétés de pommes
T Notes et références[modifier | modifier le code]
R ↑ Jean Dupuis, Les Pommes de l'Ouest, Rennes, Éditions du Verger, 2010, 240 p. (ISBN 978-2-00-012345-6), p. 42.
R ↑ « Histoire de la reinette du Mans », sur Société pomologique de la Sarthe (consulté le 4 mai 2021).
R ↑ Martine Leroy, Fruits d'autrefois, Paris, 2005, p. 118.
R Liens externes
R Portail de la botanique
R Catégories : Cultivar de pommier | Sarthe
R La dernière modification de cette page a été faite le 9 janvier 2025 à 10:14.
R Droit d'auteur : les textes sont disponibles sous licence Creative Commons attribution, partage dans les mêmes conditions ; d'autres conditions peuvent s'appliquer.
""",
    # EXTRACTOR: a forum thread
    "forum": """\
R Accueil › Forums › Maison › Chauffage
T Réparer ou remplacer ma chaudière ?
R Message par pierre_du_44 » lun. 3 févr. 2025 19:12
A Ma chaudière gaz a 17 ans et elle est tombée en panne deux fois cet hiver. Le chauffagiste demande 450 euros pour un nouveau ventilateur ou 4 800 euros pour une chaudière neuve.
A Est-ce que ça vaut encore le coup de la réparer, ou est-ce que je jette mon argent par la fenêtre ?
R Haut
R Message par chauffagiste35 » lun. 3 févr. 2025 20:45
A Chauffagiste ici. À 17 ans, je la remplacerais. Les pièces deviennent rares, et une chaudière à condensation neuve consomme environ 15 % de gaz en moins.
R Haut
R Message par pierre_du_44 » mar. 4 févr. 2025 07:30
A Merci, ça m'aide beaucoup. La marque a-t-elle de l'importance ?
R Haut
R Message par econome » mar. 4 févr. 2025 12:03
A Demandez trois devis. Chez nous, ils allaient de 4 200 à 6 900 euros pour la même chaudière.
R Citer
R Haut
R Répondre
R 4 messages • Page 1 sur 1
R Retourner vers « Chauffage »
""",
}

#: The residue each page still keeps (may only shrink), and why it is left.
RESIDUE_LEFT: dict[str, int] = {
    # the donate form's amounts ("30 €", "50 €", "100 €": three rows of one shape, a figure and its currency, which
    # the edge guard keeps as a table's rows of data)
    "appeal": 3,
    # the concert's fact box (its length, its prices: "Durée : 1 h 45 avec entracte", "De 12 à 38 €", an event's own
    # data) and the mailing list's pitch ("Soyez les premiers informés …": a call-to-action table's, left to its owner)
    "event": 3,
    # a forum's back-to-top link between the posts ("Haut": also a word, "top" in a fashion story's list, "high")
    "forum": 3,
    # the posting's place and salary under its title ("Nantes (44) - Télétravail partiel", "42 000 - 48 000 € brut
    # par an": rows with figures, a job's fact box like an event's)
    "job": 2,
    # a review's author and date ("Sophie, le 12 mars 2025": a letter's place and date have that shape, "Paris, le …")
    "product": 1,
    # the map widget's bare "Carte" (a one-word heading of the article's own as often) and an affiliate link's call
    # ("Réservez votre visite guidée ici": a call-to-action table's)
    "travel": 2,
    # the section's label under the headline ("Actualités"), the office's byline ("Par le service communication": no
    # person's name) and the press contact's phone ("Tél. : …": a service page's data elsewhere)
    "university": 3,
    # a portal's link under the references ("Portail de la botanique": "Portail de la cathédrale" heads an
    # architecture story's section)
    "wiki": 1,
}

#: Article lines a page is known to lose (a strict ratchet: a fix empties it).
KNOWN_LOST: dict[str, list[str]] = {}


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, also_as="fr", known_lost=KNOWN_LOST
)


test_article_lines_survive_as_french, test_probe_pages_are_told_french = language_probe_tests(
    CASES, "fr", known_lost=KNOWN_LOST
)


# -- the rules the probe led to: the residue goes, article lines resembling it stay -----------------

RESIDUE_GOES = [
    ("Je fais un don", "site-chrome"),
    ("Don mensuel", "site-chrome"),
    ("Autre montant", "site-chrome"),
    ("Paiement 100 % sécurisé", "site-chrome"),
    ("Agrandir le plan", "site-chrome"),
    ("En stock - expédié sous 48 h", "site-chrome"),
    ("Retours gratuits sous 30 jours.", "site-chrome"),
    ("Réserver", "site-chrome"),
    ("4 messages • Page 1 sur 1", "site-chrome"),
    ("Un article de Wikipédia, l'encyclopédie libre.", "site-chrome"),
    ("↑ Jean Dupuis, Les Pommes de l'Ouest, Rennes, Éditions du Verger, 2010, p. 42.", "site-chrome"),
    ("À propos de l'auteure", "site-chrome"),
    ("Vous avez aimé cette recette ? Notez-la !", "site-chrome"),
    ("Signaler une erreur sur cette page", "feedback-prompt"),
    ("Épinglez cet article sur Pinterest !", "social-buttons"),
    ("Dernière mise à jour le 12 janvier 2025", "dateline"),
    ("La dernière modification de cette page a été faite le 9 janvier 2025 à 10:14.", "dateline"),
    ("Publié par Claire le 12 septembre 2024 - 36 commentaires", "byline"),
]

test_residue_goes = residue_goes_tests(ARTICLES["fr"], RESIDUE_GOES)


def test_the_gate_admits_the_residue() -> None:
    assert_gate_admits("fr", [line for line, _pass in RESIDUE_GOES])


#: Short lines resembling the residue above (headings, a question): they stay in the middle and at the end of an
#: article (the sentences that resemble it are in fixtures/negatives/fr.txt).
SHORT_LINES = [
    "Réserver ou attendre ?",
    "Sommaire des mesures",
    "Accessibilité des gares",
    "Contact avec les élus",
    "Signaler un problème",
    "Don du sang",
    "↑ 2,3 %",
    "1. Cliquez sur Enregistrer puis connectez-vous à nouveau.",
    "$ acme auth mfa enable --method totp",
]

test_short_line_survives = short_line_tests(ARTICLES["fr"], SHORT_LINES)


test_a_section_name_between_two_paragraphs_is_their_subheading = section_name_tests(
    ARTICLES["fr"], ("Accessibilité", "Contact", "FAQ"), ["Mentions légales", "Accessibilité", "Contact", "Plan du site"]
)


test_a_bare_helpful_question_goes_over_its_buttons = helpful_question_tests(
    ARTICLES["fr"], "Cela vous a-t-il été utile ?", "Oui", "Non", "Oui, répond la mère."
)


_SECTIONS = ["Coût", "Calendrier"]


(
    test_a_table_of_contents_goes_with_its_heading_and_the_sections_stay,
    test_a_list_under_a_contents_heading_whose_items_head_nothing_stays,
) = contents_tests(
    ARTICLES["fr"], ("Sommaire", "Table des matières", "Sur cette page"), (_SECTIONS[0], _SECTIONS[1]), "Calendrier : deux ans de travaux",
    [["Une tente pour deux personnes", "Quatre arceaux"], ["Coût", "Ce que disent les riverains"]], "Sommaire",
)


def test_a_spec_lists_last_row_stays_under_its_rows_of_figures() -> None:
    a1, a2, a3 = ARTICLES["fr"]
    specs = ["Caractéristiques", "Contenance : 1 l (8 tasses)", "Poids : 620 g", "Matériaux : verre borosilicaté, acier inoxydable"]
    tail = ["Livraison et retours", "Avis clients", "Rédiger un avis", "Les clients ont aussi acheté", "Moulin à café"]
    kept = cleaner.clean_text("\n".join([a1, a2, a3, *specs, *tail])).split("\n")
    assert kept == [a1, a2, a3, *specs]


if __name__ == "__main__":  # the probe's numbers: python tests/test_lang_fr_4.py
    report(CASES)
    print("as French:")
    report(CASES, lambda case: judge(case, language="fr"))
