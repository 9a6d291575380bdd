package understand

import "strings"

// Words of private life: what a private person asks about their home, family, health, money, purchases, trips and
// papers, Dutch and English side by side, in the search's spelling (lower case, no accents); two words are joined by
// "_" ("eigen_risico"). A word here may also come up in an entrepreneur's question ("huur", "partner", "boete"): the
// search counts it only in a message that shows no business at all (index/nomatch_context.go), so "huurverhoging van
// mijn winkelpand" or "mijn partner wil mee in de zaak" are not private. A word that is an offer's whole name, a
// sector or a theme never counts there either.
//
// The first lists were written from the categories, from general knowledge (helper "priv", 2026-12-07, then in
// index/data/privatelife.txt). The lists marked "from the help desks" were chosen by category from what public help
// desks for private people name as their topics, not from evaluation questions, and each word was checked to be
// absent from the catalogue's example questions that show no business (seen 2026-12-07):
//   - ConsuWijzer's most-asked topics (acm.nl/nl/publicaties/publicatie/7264; opennieuwsbank.nl 2008-03-15;
//     ijmuidercourant.nl 2017-02): warranty and a faulty product, buying at a distance, unwanted subscriptions and
//     follow-up shipments, cancelling a subscription or contract, telemarketing and door-to-door sales, energy
//     contracts, debt collectors;
//   - the Juridisch Loket (juridischloket.nl/over-het-juridisch-loket/werkwijze; destentor.nl 2023-02): dismissal,
//     contracts, divorce, alimony, renting, neighbours, eviction, paying back a housing allowance; a family-law
//     glossary (eindesamenwonen.nl/woordenboek.html): child alimony, division of the household, co-parenting,
//     acknowledging a child;
//   - notaries on an inheritance (uwnotaris.nl/nalatenschap; gmw.nl/faq-new/wat-zijn-mijn-rechten-en-plichten-als-
//     erfgenaam): estate, heir, will, executor, accepting or renouncing;
//   - the Nationale ombudsman and the police on traffic fines (nationaleombudsman.nl/cjib/verkeersboete;
//     politie.nl/informatie/te-laat-met-een-bekeuring-betalen.html): CJIB, a ticket, speeding, a reminder;
//   - the Consumentenbond on air travel (gelderlander.nl 2023-04; omroepbrabant.nl 2024-08) and the EU's passenger
//     rights (ec.europa.eu/transport/passenger-rights): a cancelled or delayed flight, lost luggage, a package tour;
//   - the municipality's civil affairs (kro-ncrv.nl/programmas/burgerzaken/wat-doet-de-afdeling-burgerzaken-allemaal;
//     digisterkercursus.nl/begrippen/hoofdstuk/301): registering a birth, a marriage or a death, a passport, an ID
//     card, a driving licence;
//   - the consumer disputes committees (degeschillencommissie.nl: public transport, travel) and the Consumentenbond's
//     holiday complaints (nos.nl 2020-12): a public-transport card, being refused boarding, rebooking, a holiday home
//     or park, ticket sites; the Juridisch Loket's areas (allesoverrechten.nl): personal injury;
//   - the Nibud's household budget themes (nibud.nl/nieuws/jubileum-40-jaar-budgethandboek): children, study, divorce,
//     rent, care, savings, debts; allowances (holland2stay.com/blog/preparing-your-stay-netherlands.html: child,
//     healthcare and housing allowance).
//
// Left out, though the desks name them: words an entrepreneur's question in the catalogue uses for their business
// ("incassobureau", "deurwaarder", "bijstand" of a starter on benefits, "abonnement" of software, "specialist" of
// staff from abroad, "basisverzekering" against disability, "erkenning" of a training company), sectors
// ("energieleverancier", "reisbureau", "thuiszorg"), and words of moving, which a business does too.

// nlPrivateHousing: housing as a tenant or a home owner.
var nlPrivateHousing = `woning woningen huurwoning huurwoningen koopwoning huis huizen appartement appartementen studentenkamer
	huurder huurders verhuurder verhuurders huisbaas huurbaas huurcontract huurovereenkomst huurprijs huurverhoging
	huurverlaging huurachterstand borg waarborgsom servicekosten huurtoeslag woningcorporatie woningbouwvereniging
	hypotheek hypotheken hypotheekrente makelaar bezichtiging buren buurman buurvrouw tuin schutting slaapkamer
	woonkamer zolderkamer huisgenoot huisgenoten`

// enPrivateHousing: see nlPrivateHousing.
var enPrivateHousing = `house houses home homes apartment apartments flat flats tenant tenants landlord landlords landlady
	rental rented renting rent deposit roommate roommates housemate housemates bedroom garden neighbour neighbours
	neighbor neighbors mortgage mortgages`

// nlPrivateHousingDesks: renting and neighbours, from the help desks: the rent tribunal, eviction, a quarrel or
// nuisance between neighbours.
var nlPrivateHousingDesks = `huurcommissie huurhuis huisuitzetting ontruiming burenruzie geluidsoverlast burenoverlast`

// enPrivateHousingDesks: see nlPrivateHousingDesks.
var enPrivateHousingDesks = `eviction evicted rent_tribunal noisy_neighbours`

// nlPrivateFamily: family and relationships.
var nlPrivateFamily = `partner partners vriend vriendin echtgenoot echtgenote getrouwd trouwen huwelijk huwelijken
	samenwonen samenwonend samenlevingscontract samenlevingsovereenkomst scheiden scheiding gescheiden ex kind kinderen
	zoon dochter baby zwanger zwangerschap ouders vader moeder opa oma familie gezin broer zus schoonouders`

// enPrivateFamily: see nlPrivateFamily.
var enPrivateFamily = `spouse husband wife boyfriend girlfriend fiance fiancee married marry marriage marriages wedding
	divorce divorced separated cohabiting cohabitation child children kids son daughter baby pregnant parents father
	mother family brother sister`

// nlPrivateFamilyDesks: family law, from the help desks: divorce and alimony, children after a divorce,
// guardianship.
var nlPrivateFamilyDesks = `echtscheiding alimentatie kinderalimentatie partneralimentatie co-ouderschap omgangsregeling
	ouderschapsplan boedelverdeling voogdij gezagsregister`

// enPrivateFamilyDesks: see nlPrivateFamilyDesks.
var enPrivateFamilyDesks = `alimony child_support custody co-parenting`

// nlPrivateInheritance: an inheritance, from the help desks (notaries).
var nlPrivateInheritance = `erfenis erfenissen nalatenschap erfgenaam erfgenamen erflater testament executeur erven geerfd
	erfdeel overleden begrafenis uitvaart`

// enPrivateInheritance: see nlPrivateInheritance.
var enPrivateInheritance = `inheritance inherit inherited inherits heir heirs deceased funeral`

// nlPrivatePets: pets.
var nlPrivatePets = `huisdier huisdieren hond honden kat katten poes poezen kitten konijn konijnen paard paarden pony cavia
	hamster dierenarts`

// enPrivatePets: see nlPrivatePets.
var enPrivatePets = `pet pets dog dogs cat cats kittens puppy puppies rabbit rabbits horse horses vet`

// nlPrivateHealth: health and care.
var nlPrivateHealth = `zorgverzekeraar zorgverzekering zorgtoeslag huisarts ziekenhuis tandarts fysiotherapeut medicijnen
	apotheek eigen_risico`

// enPrivateHealth: see nlPrivateHealth.
var enPrivateHealth = `health_insurance health_insurer doctor gp hospital dentist physiotherapist medicine medicines
	pharmacy`

// nlPrivateHealthDesks: care for oneself or a relative, from the help desks: the basic insurance, a referral, care
// at home paid from a personal budget.
var nlPrivateHealthDesks = `aanvullende_verzekering verwijzing verwijsbrief dementie pgb
	persoonsgebonden_budget wmo letselschade`

// enPrivateHealthDesks: see nlPrivateHealthDesks.
var enPrivateHealthDesks = `referral basic_insurance personal_injury`

// nlPrivateStudy: school, study and study finance.
var nlPrivateStudy = `duo studiefinanciering studielening studieschuld stufi student studenten studeren studie
	collegegeld tentamen school scholier leraar`

// enPrivateStudy: see nlPrivateStudy.
var enPrivateStudy = `student_loan students studying tuition exam pupil teacher`

// nlPrivatePapers: papers of a person who moves to the country.
var nlPrivatePapers = `bsn burgerservicenummer brp verblijfsvergunning inburgering naturalisatie paspoort identiteitskaart
	rijbewijs expat expats`

// nlPrivateRecords: what the municipality's civil affairs record for a person, from the help desks: a birth, a
// death, an ID card.
var nlPrivateRecords = `geboorteaangifte pasgeboren overlijdensakte id-kaart idkaart`

// enPrivateRecords: see nlPrivateRecords.
var enPrivateRecords = `newborn birth_certificate death_certificate id_card identity_card`

// enPrivatePapers: see nlPrivatePapers.
var enPrivatePapers = `citizen_service_number residence_permit passport citizenship naturalisation naturalization
	driving_licence driving_license`

// nlPrivatePurchases: a consumer's purchases.
var nlPrivatePurchases = `besteld bestelling gekocht aankoop aankopen bedenktijd retour retourneren terugbetaling garantie
	pakket pakketje bezorgd bezorging geld_terug`

// enPrivatePurchases: see nlPrivatePurchases.
var enPrivatePurchases = `bought purchase purchased refund refunds warranty parcel package ordered delivery`

// nlPrivateContracts: a consumer's subscriptions and contracts, from the help desks: cancelling, a notice period,
// money taken from the account, unwanted calls and sellers at the door, a product that does not work.
var nlPrivateContracts = `opzeggen opgezegd opzegging opzegtermijn afschrijven afgeschreven vervolgzending telemarketing
	telemarketeer telemarketeers colportage belmeniet energiecontract telefoonabonnement internetabonnement
	non-conformiteit kapot defect`

// enPrivateContracts: see nlPrivateContracts.
var enPrivateContracts = `subscription subscriptions cancel cancelled canceled cancelling cancellation telemarketer
	telemarketers cold_calls broken faulty`

// nlPrivateTravel: a trip, from the help desks (air passengers' rights, the disputes committees): a flight
// cancelled or delayed, lost luggage, a package tour and its travel organiser going bankrupt, being refused
// boarding, rebooking, a holiday home, a public-transport card.
var nlPrivateTravel = `vlucht vluchten vertraging vertraagd geannuleerd luchtvaartmaatschappij vliegmaatschappij koffer
	koffers bagage pakketreis reissom vliegticket vliegtickets annuleringsverzekering instapweigering omboeken omgeboekt
	vakantiehuisje ticketsite ov-chipkaart ov-kaart ovchipkaart`

// enPrivateTravel: see nlPrivateTravel.
var enPrivateTravel = `flight flights airline airlines suitcase suitcases luggage baggage package_holiday package_tour
	delayed`

// nlPrivateFines: fines a person gets in traffic or on public transport, from the help desks.
var nlPrivateFines = `bekeuring bekeuringen verkeersboete verkeersboetes parkeerboete parkeerboetes flitsboete geflitst
	cjib snelheidsovertreding`

// enPrivateFines: see nlPrivateFines.
var enPrivateFines = `parking_ticket speeding_ticket traffic_fine speeding`

// nlPrivateAllowances: a household's allowances and benefits, from the help desks.
var nlPrivateAllowances = `kinderbijslag kindgebonden_budget kinderopvangtoeslag svb huishoudboekje schuldhulpverlening
	schuldhulp`

// enPrivateAllowances: see nlPrivateAllowances.
var enPrivateAllowances = `child_benefit child_allowance housing_allowance healthcare_allowance`

// nlPrivateInsurance: insurance of one's home, belongings, car or trip.
var nlPrivateInsurance = `woonverzekering inboedelverzekering opstalverzekering autoverzekering reisverzekering
	uitvaartverzekering levensverzekering inboedel inbraak`

// enPrivateInsurance: see nlPrivateInsurance.
var enPrivateInsurance = `home_insurance contents_insurance car_insurance travel_insurance life_insurance burglary`

// nlPrivateLeisure: free time.
var nlPrivateLeisure = `vakantie hobby sport sporten vrije_tijd`

// enPrivateLeisure: see nlPrivateLeisure.
var enPrivateLeisure = `holiday holidays vacation hobby sports leisure`

var privateLife = set(strings.Join([]string{
	nlPrivateHousing, enPrivateHousing, nlPrivateHousingDesks, enPrivateHousingDesks,
	nlPrivateFamily, enPrivateFamily, nlPrivateFamilyDesks, enPrivateFamilyDesks,
	nlPrivateInheritance, enPrivateInheritance, nlPrivatePets, enPrivatePets,
	nlPrivateHealth, enPrivateHealth, nlPrivateHealthDesks, enPrivateHealthDesks,
	nlPrivateStudy, enPrivateStudy, nlPrivatePapers, enPrivatePapers, nlPrivateRecords, enPrivateRecords,
	nlPrivatePurchases, enPrivatePurchases, nlPrivateContracts, enPrivateContracts,
	nlPrivateTravel, enPrivateTravel, nlPrivateFines, enPrivateFines,
	nlPrivateAllowances, enPrivateAllowances, nlPrivateInsurance, enPrivateInsurance,
	nlPrivateLeisure, enPrivateLeisure,
}, " "))

// IsPrivateLife reports whether a word, or two words joined by "_", is one of private life (lexicon_private.go).
func IsPrivateLife(w string) bool { return privateLife[w] }
