package understand

// Dutch words. Each list says what it is for; keep them small and general (words of the language, never words of
// one test question). English words are in lexicon_en.go. Where one idea has many lists, both languages stand side
// by side in a file of their own: lexicon_dialogue.go (the dialogue's own turns), lexicon_business.go (words that
// show a business and who asks), lexicon_phrases.go (phrases the search reads in context). Lists that
// demand/scrub reads too are constants in understand/lexicon, which imports nothing.

// dutchWords are common in Dutch and rare in English: language detection.
// "of" is in neither list: it is as common in Dutch ("bv of vof?") as in English.
var dutchWords = set(`ik mijn wij we ons onze je jouw de het een is zijn voor van en met hoe wat waar welke kan
kun wil moet mag hulp bedrijf personeel subsidie lening geld starten graag dank hallo hoi iets er niet nog ook
om te bij naar op aan dat die dit zo zoek zoeken geen heb hebben zit eigenlijk bedankt dankjewel`)

var nlAskWords = `hoe wat waar welke wie wanneer waarom kan kun kunnen mag moet moeten wil willen zoek zoeken
vraag graag help hulp advies subsidie regeling overweeg overwegen overweegt denk denken plan plannen`

var nlCorrectionCues = []string{"nee eigenlijk", "eigenlijk zit", "eigenlijk gaat", "eigenlijk is", "ik bedoel",
	"ik bedoelde", "sorry ik bedoel", "correctie", "nee het gaat om", "nee ik zit", "nee we zitten", "verkeerd",
	"nee wacht", "wacht eigenlijk", "eigenlijk wil", "eigenlijk willen", "eigenlijk zoek", "eigenlijk zoeken",
	"liever toch", "toch liever", "nee sorry", "sorry nee", "oh sorry", "oeps ik bedoel", "eigenlijk niet"}

// nlRuleCues ask whether something is allowed or required ("mag ik", "is het verplicht"): a question about a rule.
var nlRuleCues = []string{"mag ik", "mag je", "mag dat", "mogen we", "mogen wij", "moet ik", "moet je", "moeten we",
	"moeten wij", "verplicht", "toegestaan", "nodig", "welke regels", "wat zijn de regels", "wat zegt de wet"}

// nlMoneyCues ask for money: a grant, a loan, a tax advantage ("is er subsidie", "hoe financier ik").
var nlMoneyCues = []string{"subsidie", "subsidies", "geld", "lening", "lenen", "financiering", "financieren", "financier",
	"krediet", "investeren", "aftrek", "aftrekken", "belastingvoordeel", "fiscaal", "vergoeding", "bijdrage", "fonds",
	"voucher", "regeling", "regelingen", "kosten", "betalen", "betaalt"}

// nlInterjections open a reply to what was said ("nee, niet in Drenthe", "ja, in Zwolle"): no part of a question.
var nlInterjections = `nee ja jawel nou oke oké ok hmm`

var nlNegationCues = `niet geen zonder behalve uitgezonderd buiten`

// nlFormalities are what one must have or do before one may work, trade or use something: "zonder" one of them
// asks whether it is needed ("mag ik werken zonder inschrijving bij de kvk?") or says it was missing ("mijn foto's
// staan zonder toestemming op een website"), it does not reject it.
var nlFormalities = `inschrijving inschrijven ingeschreven registratie registreren vergunning vergunningen kvk
kvk-nummer kvk-inschrijving btw-nummer diploma certificaat keurmerk vog verklaring toestemming`

// nlLackVerbs: a clause with one of these says something lacks or fails; the words after its negation are the
// question ("ik kan geen personeel vinden").
var nlLackVerbs = `vind vinden vindt krijg krijgen krijgt kan kun kunt kunnen lukt lukken betaal betaalt betalen
betaald weet weten snap begrijp lijkt werkt werken geeft geven gaf`

var nlHaveVerbs = `heb hebben heeft had hadden`

// nlObjectPronouns may stand between a lack verb and its negation ("de bank geeft me geen lening").
var nlObjectPronouns = `me mij ons hem haar je jou u`

// nlNotNegatable follow "niet" without being rejected ("niet meer zoveel gas", "niet alleen"). A word that says
// someone disagrees or is unhappy ("niet akkoord met cameratoezicht", "het niet eens met de cao", "niet tevreden
// over mijn boekhouder") leaves what follows the subject of the question, not something the asker rejects.
var nlNotNegatable = `meer alleen altijd echt zeker zo akkoord eens tevreden blij`

var nlFillers = `in op voor met naar van een de het om te aan bij uit`
var nlJoiners = `of`
var nlBoundaries = `maar wel want omdat dus ook toch en`

// nlPlainNegations negate the verb before them as well ("ik krijg geen").
var nlPlainNegations = `niet geen`

// nlStaffWords name a company's staff: "ik heb geen personeel" rejects them, and says the company's size.
var nlStaffWords = `personeel werknemers medewerkers mensen werknemer medewerker`

// nlHeadcountNouns count a company's people after a number ("met 5 monteurs", "we hebben 12 koks"): the size of the
// business, not a question about staff.
var nlHeadcountNouns = `medewerkers werknemers mensen man personeelsleden fte monteurs koks chefs chauffeurs schoonmakers
	obers kappers kapsters verkopers verkoopsters bouwvakkers timmerlieden timmermannen schilders loodgieters
	elektriciens installateurs programmeurs ontwikkelaars developers verpleegkundigen verzorgenden ingenieurs
	vakmensen krachten collega's collega’s`

// nlPresenceCues ask whether someone is there (IntentAbout, AsksPresence).
const nlPresenceCues = `=is daar iemand|=is er iemand|=is hier iemand|=hallo is daar iemand`

// nlShortageWords say that something is short: "een tekort aan monteurs" is short of staff when the thing short is
// a kind of worker ("een tekort aan geld" is money).
var nlShortageWords = `tekort tekorten gebrek krapte`

// nlFindVerbs find or get someone: "ik kan geen chauffeurs vinden" lacks staff.
var nlFindVerbs = `vind vinden vindt krijg krijgen krijgt`

// nlHardWords say that something is hard to do: "we hebben moeite om personeel te vinden" lacks staff, as "we
// kunnen geen personeel vinden" does.
var nlHardWords = `moeite moeilijk lastig`

// nlBuildVerbs build something: a building ("een loods bouwen") or, with a software word near, software ("we
// bouwen een app").
var nlBuildVerbs = `bouw bouwen bouwt bouwde bouwden gebouwd`

// nlSoftwareWords name software that is built: with a build verb it is development, not construction.
var nlSoftwareWords = `app apps software tool tools platform website applicatie applicaties programma ai ai-tool
ai-model algoritme chatbot saas`

// nlIntentCues are the Dutch wordings of each intent (see intent.go): "|" separates cues, "*" skips up to three
// words, "~" ends a prefix, a leading "=" means the cue must be the whole message.
var nlIntentCues = map[Intent]string{
	IntentErase: `vergeet mij|vergeet me|vergeet alles|vergeet * gegevens|wis mijn~|wis * gegevens|wis alles|
		verwijder mijn~|verwijder * gegevens|verwijder alles|mijn gegevens * verwijderen|mijn gegevens * wissen|
		gesprek * verwijderen|gesprek * wissen|wis * gesprek|verwijder * gesprek`,
	IntentAbout: `ben jij een mens|ben je een mens|ben jij een robot|ben je een robot|ben jij een bot|ben je een bot|
		ben jij een computer|ben je een computer|ben jij echt|ben je echt|ben jij ai|ben je ai|praat ik met een mens|
		praat ik met een robot|praat ik met een computer|is dit een robot|is dit een bot|wie heeft jou gemaakt|
		wie heeft je gemaakt|wie heeft jou gebouwd|waar haal je * informatie|waar haal jij * informatie|
		waar haal je * gegevens|waar komt * informatie vandaan|wat zijn je bronnen|wat is je bron|welke bronnen|` +
		nlPresenceCues,
	IntentExplain: `wat bedoel je|wat bedoel jij|hoe bedoel je|wat bedoelt u|hoe bedoelt u|=huh|=hè|
		begrijp de vraag niet|snap de vraag niet|wat vraag je`,
	IntentHandoff: `mens|iemand * spreken|iemand * praten|iemand * bellen|iemand * contact|contact * iemand|
		adviseur * spreken|adviseur * praten|spreken * adviseur|praten * adviseur|medewerker * spreken|
		medewerker * praten|spreken * medewerker|persoon * spreken|persoon * praten|bel mij|bel me|belt * mij|
		terugbellen|teruggebeld|persoonlijk contact|community manager|echte persoon|echt persoon|doorverbinden|
		=adviseur|=medewerker|iemand * helpen * persoonlijk|iemand * meedenken|iemand * langskomen|
		kan iemand * helpen|kan er iemand * helpen|is er iemand die * helpen|wil iemand * helpen|liever bellen|
		liever gebeld|gebeld worden|graag bellen|graag gebeld`,
	IntentPrivacy: `=privacy|=avg|=privacybeleid|wat * je * mijn gegevens|mijn gegevens|mijn persoonsgegevens|
		wat bewaar~|bewaar je|bewaren jullie|sla je * op|slaan jullie * op|wat weet je * mij|wie * leest * mee|
		wat gebeurt * mijn gegevens`,
	IntentRestart: `=opnieuw|begin opnieuw|opnieuw beginnen|opnieuw starten|=reset|nieuwe vraag|andere vraag|
		vanaf het begin|helemaal opnieuw|=nieuw gesprek|begin * overnieuw`,
	IntentNegative: `helpt niet|helpt me niet|helpt mij niet|niet geholpen|heb ik niks aan|heb ik niets aan|
		niks aan|niets aan|niet wat ik zoek|niet wat ik bedoel|zoek ik niet|klopt niet|slecht antwoord|
		niet nuttig|waardeloos|nutteloos|onzin|snap * niet|past niet|niet relevant|mis ik|ik mis|
		verkeerde antwoord|verkeerd antwoord|niet bruikbaar|heb ik al geprobeerd|kastje naar de muur|
		jullie zijn * slecht|je bent * slecht|jij bent * slecht|net zo slecht als|krijg * nooit antwoord|
		nooit antwoord van|je snapt * niet|je snapt * niks|jij snapt * niet|je begrijpt * niet|je begrijpt * niks|
		jullie snappen * niet|jullie begrijpen * niet|stomme bot|domme bot|je bent dom|jij bent dom|
		word * niet geholpen|niemand helpt|slaat nergens op|slaat * nergens op|klopt helemaal niet|
		dat vroeg ik niet|daar vroeg ik niet om|heb ik niet gevraagd|
		te klein voor ons|te klein voor mij|te klein voor onze|te klein voor mijn|te groot voor ons|te groot voor mij|
		te groot voor onze|te groot voor mijn|=niet voor ons|=dat is niet voor ons|=is niet voor ons|=niet voor mij|
		=dat is niet voor mij|=niks voor ons|=niets voor ons|=dat is niks voor ons|=niks voor mij|=niets voor mij`,
	IntentCheck: `=klopt|=klopt dat|=klopt dat wel|=klopt dat echt|=klopt dat eigenlijk|=maar klopt dat|=en klopt dat|
		=klopt het|=klopt dit|=klopt dat zo|=is dat zo|=is dat echt zo|=is dat waar|=is het waar|=echt waar|=echt|
		=is dat juist|=is dat correct|=is dat wel zo|=zeker weten`,
	IntentDifference: `verschil|verschillen|vergelijk~|welke * beter|wat is beter|of * beter|welke * beste|welke * best|wat is het beste`,
	IntentAmount: `hoeveel|bedrag|maximale|maximum|maximaal|hoe hoog|percentage|procent|wat levert * op|
		wat krijg ik|hoeveel geld|wat kost|kost * dat|kost * het|gratis|kosteloos|hoeveel * betalen|
		wat * ik * betalen|hoeveel * betaal|kost * iets|rente|rentepercentage|vanaf welk bedrag|vanaf hoeveel`,
	IntentConditions: `in aanmerking|aanmerking|voorwaarde~|voor wie|geldt * voor mij|geldt * ook voor|mag ik * gebruiken|
		kan ik dat ook|kan dat ook|geldt dat ook|mag dat ook|werkt dat ook|ook als|
		kan ik * gebruiken|kom ik * voor|eisen|wie mag|wie kan * krijgen|past * bij mij`,
	IntentApply: `aanvra~|vraag * aan|indien~|hoe * aan|aanmeld~|meld * aan|inschrijv~|schrijf * in|hoe begin ik|hoe start ik|
		invullen|formulier|wat moet ik doen om|
		waar moet ik * zijn|hoe werkt het|hoe werkt dat|hoe werkt die|hoe werkt de|hoe gaat * in zijn werk|hoe regel ik dat|hoe doe ik dat|
		hoe * krijg~|volgende stap|volgende stappen|wat nu|hoe nu verder|wat moet ik nu doen|wat moet ik nu`,
	IntentDeadline: `deadline|tot wanneer|wanneer|sluitingsdatum|ronde~|termijn|uiterlijk|nog open|nog * open|
		is * open|gaat * open|opent|sluit|hoe lang nog|verlopen`,
	IntentDuration: `hoe lang|hoelang|hoe lang duurt|duurt * lang|hoeveel jaar|hoeveel maanden|hoeveel weken|
		looptijd`,
	IntentContact: `contact~|wie * bellen|wie * mailen|telefoonnummer|telefoon|mailadres|e-mailadres|wie kan ik|
		bij wie|waar kan ik terecht|wie moet ik|wie kan * helpen|wie controleert|wie houdt toezicht|
		wie handhaaft|raden * aan|raad * aan|aanraden|wat zou jij doen|wat zouden jullie doen|wat adviseer~`,
	IntentThanks: `dank|bedankt|dankjewel|dankuwel|bedankjes|merci|thx|top dank~|fijn bedankt|super bedankt|
		dank je|dank u`,
	IntentLanguage: `=in het nederlands|=nederlands|=nederlands graag|=in het nederlands graag|=en in het nederlands|
		=kan het in het nederlands|=kan dat in het nederlands|=kun je nederlands praten|=spreek je nederlands|
		=in het engels|=engels|=engels graag|=in het engels graag|=kan het in het engels|=kan dat in het engels|
		=kun je engels praten|=spreek je engels`,
	IntentBye: `=doei|=doeg|=ok doei|=oké doei|=doei doei|=dag dag|=tot ziens|=tot later|=fijne dag`,
	IntentYes: `=ja|=jazeker|=jawel|=zeker|=ja hoor|dit helpt|dat helpt|heeft geholpen|=helpt|=handig|=nuttig|
		=top|=super|=prima|=perfect|=precies|ja * helpt|ja dit|ja dat|=ja graag|=oké|=ok|=okay|=duidelijk|
		=helder|=mooi`,
	IntentNo: `=nee|=neen|=nee hoor|=niet echt|=helaas niet|=nee helaas|=nee dank je|=nee bedankt`,
	IntentMore: `=andere opties|=nog andere opties|=zijn er andere opties|=zijn er nog andere opties|=meer opties|
		=andere mogelijkheden|=nog andere mogelijkheden|=zijn er andere mogelijkheden|=zijn er nog andere mogelijkheden|
		=nog meer|=en nog meer|=en meer|=meer|=en wat nog meer|=verder nog iets|=nog meer opties|=is er nog meer|=is er meer|=zijn er nog meer|=wat nog meer|=wat is er nog meer|=heb je nog meer|
		=heb je meer|=heb je nog iets|=nog iets|=nog iets anders|=heb je nog iets anders|=alternatieven|=andere alternatieven|
		=zijn er alternatieven|=welke alternatieven zijn er|=wat zijn de alternatieven|=andere ideeen|=andere ideeën|
		=wat dan wel|=wat is er nu dan|=wat is er dan wel|=wat is er nu wel|=wat kan ik dan wel|=wat kan ik nu dan|=wat dan|=wat is er dan`,
	IntentRefine: `=anders|=iets anders|=ander onderwerp|=een ander onderwerp|=iets heel anders`,
	IntentHelp: `=help|=hulp|=menu|=uitleg|wat kun je|wat kan je|wat kun jij|wat kan jij|hoe werkt dit|
		hoe werkt deze|=wat doe je|=wat doe jij|=wat doe je eigenlijk|=wat doe jij eigenlijk|=wat doen jullie|
		=wat doen jullie eigenlijk|=wat is wegwijzer|=wie zijn jullie|wie ben jij|wie ben je|
		=commando's`,
	IntentGreeting: `=hoi|=hallo|=hey|=hee|=goedemorgen|=goedemiddag|=goedenavond|=dag|=hoi daar|=hallo daar|
		=goeiemorgen`,
}

// nlTypoTolerant are intent words people often mistype, long and unlike other words enough to be recognised
// one letter off ("hoevel", "bedankd", "aanmerkin"); see typoFixed in intent.go.
var nlTypoTolerant = `hoeveel maximaal maximale bedankt dankjewel aanmerking voorwaarden verschil aanvragen
	terugbellen bellen`

// nlOrdinals name a shown offer by its place ("de tweede").
var nlOrdinals = map[string]int{"eerste": 0, "1e": 0, "tweede": 1, "2e": 1, "derde": 2, "3e": 2, "vierde": 3,
	"vijfde": 4, "laatste": Last, "bovenste": 0, "onderste": Last}

// nlReferences point at what was shown ("hoe vraag ik dat aan").
var nlReferences = `dat die deze dit daar daarvoor ervoor hiervoor hierover daarover ze hem deze hiermee daarmee
	ermee hierbij daarbij haar hun`

// nlConditionWords open the condition an asker adds to a question about eligibility ("als we nog geen winst
// maken").
var nlConditionWords = `als indien omdat want terwijl zolang`

// nlForWhomWords open, in a comparison, whom it is for ("welke past het best bij een kleine zaak?").
var nlForWhomWords = `voor bij`

// nlFunctionWords carry no topic of their own: a follow-up made only of these (and of its intent and generic
// words) asks about what was shown, not a new question.
var nlFunctionWords = `ik je jij u we wij mijn jouw uw ons onze het de een en of is zijn ben was moet moeten kan kun
	kunt kunnen mag mogen wil wilt willen hoe wat waar wie welke wanneer waarom er hier daar nog ook al
	dan te om voor van met op aan in bij uit naar tot over toe dus maar wel niet geen zo heel erg echt even
	graag alsjeblieft alstublieft a.u.b. aub dank bedankt nou oh ok oké precies eigenlijk precies hebben
	heb heeft had krijgen krijg krijgt doe doen gaat gaan ga zit zitten staat staan regel regelen weten weet
	nodig hun hen hij zij ze men iemand mij me jullie als zoals wordt worden werd kom komt komen mee laten
	laat keer per allemaal volgende andere anders manier manieren mogelijkheid mogelijkheden alternatief
	alternatieven vertel meer uitleg info informatie details eens houdt inhoudt betekent`

// nlGenericWords name the kind of thing without naming a topic: "die subsidie" is still about what was shown.
var nlGenericWords = `subsidie subsidies regeling regelingen lening leningen aanbod optie opties geld steun
	hulp advies aftrek belastingvoordeel vergoeding financiering beschikbaar voordeel voordelen
	investeerder investeerders`

// nlOriginPrepositions: see enOriginPrepositions ("ik kom uit Spanje", "ik ben gevlucht uit Oekraïne").
var nlOriginPrepositions = `uit`

var nlFirstPerson = `ik we wij mijn ons onze me mij`

// nlOriginGuards: see enOriginGuards ("we importeren koffie uit Brazilië", "personeel uit Polen").
var nlOriginGuards = `importeer importeren importeert import inkopen koop kopen kocht bestel bestellen goederen
	producten product klanten klant leveranciers leverancier halen haal verkoop verkopen export exporteren
	personeel werknemers medewerkers arbeidsmigranten mensen iemand investeerders geld`

var nlOriginSelf = `expat expats`

// nlCountries: see enCountries.
var nlCountries = `spanje portugal duitsland india brazilië brazilie oekraïne oekraine polen frankrijk italië
	italie engeland amerika canada mexico argentinië colombia venezuela china japan turkije marokko syrië syrie
	egypte iran irak afghanistan eritrea pakistan indonesië filipijnen vietnam rusland roemenië roemenie
	bulgarije griekenland hongarije ierland schotland belgië belgie zweden denemarken noorwegen oostenrijk
	zwitserland australië nigeria ghana kenia ethiopië buitenland suriname curaçao curacao aruba
	verenigde_staten verenigd_koninkrijk zuid-afrika`

// nlSelfEmployed say that the asker works for themselves, without staff ("ik ben zzp'er").
var nlSelfEmployed = `zzp zzper zzp'er zzpers zzp'ers zelfstandige zelfstandigen`

// nlOnePersonWords say that the asker works alone, as the answer to the size question or beside a question ("ik
// ben zzp'er", "eenmanszaak"): the size class zzp (IsOnePersonWord). One person, unlike nlSelfEmployed, and a
// one-person legal form.
var nlOnePersonWords = `zzp zzp'er zzper zelfstandige eenmanszaak`

// nlNumberWords are numbers written as words; "een" is no number here, being the article too.
var nlNumberWords = `twee drie vier vijf zes zeven acht negen tien elf twaalf twintig dertig veertig vijftig
	honderd duizend`

// nlMoneyWords name money one may ask for ("is daar subsidie voor?"); moneyCues are the wider phrases by which a
// question asks for money at all ("wat kost het", "betalen").
var nlMoneyWords = `subsidie subsidies geld financiering lening leningen krediet investeerder`

// nlSupportWords ask for support in general ("is er steun voor?"), as do the money words.
var nlSupportWords = `steun ondersteuning`

// nlGrantWords ask for a grant, not any money.
var nlGrantWords = `subsidie subsidies subsidiepot`

// nlInterestWords ask for the interest on a loan: an amount that does not name it does not answer them.
var nlInterestWords = `rente rentes rentepercentage`

// nlPersonWords ask whether the bot is a person ("ben jij een mens?", "ben je echt?"); nlMachineWords whether it
// is a machine ("is dit een bot?").
var (
	nlPersonWords  = `mens echt echte persoon`
	nlMachineWords = `robot bot computer ai chatbot`
)

// nlOptionWords ask for the choices there are ("wat zijn mijn opties?"), not for one next step.
var nlOptionWords = `optie opties mogelijkheid mogelijkheden keuze keuzes alternatief alternatieven`

// nlGroupCounts count the people of a group ("met z'n vijven", "met ons tweeën"): word and number.
var nlGroupCounts = `tweeën:2 tweeen:2 drieën:3 drieen:3 vieren:4 vijven:5 zessen:6 zevenen:7 achten:8 negenen:9 tienen:10`

// nlPersonPronouns point at a person said before ("moet ik hem doorbetalen?").
var nlPersonPronouns = `hem haar hij zij`

// nlReceiveWords ask what someone gets ("hoeveel krijg ik?"), not a number a rule names ("hoeveel btw op taart?").
var nlReceiveWords = `krijg krijgen krijgt ontvang ontvangen ontvangt oplevert opleveren`

// nlCostWords ask what something costs rather than what it gives ("wat kost dat?"), as do the interest words and
// the free words.
var nlCostWords = `kost kosten kostte prijs tarief tarieven betalen betaal betaalt`

// nlFreeWords say that something costs nothing: in an offer's amount they say what it costs, not what it gives.
var nlFreeWords = `gratis kosteloos`

// nlAdviceWords ask the bot to choose for the asker ("wat raden jullie aan?").
var nlAdviceWords = `raden raad aanraden adviseer adviseert adviseren`

// nlDeterminers stand before a noun ("via mijn eigen webshop"); "m'n" is "m" or "mn" where it is split.
var nlDeterminers = `de het een mijn m'n m mn onze ons je jouw uw zijn haar hun die dat deze dit eigen`

// nlDefiniteArticles point at someone or something known ("en de notaris?", "die eigenaar"): a sector word or an
// owner after one is a party the question is about, not who asks.
var nlDefiniteArticles = `de het die`

// nlWhyWords ask why ("waarom die?").
var nlWhyWords = `waarom`

// nlPossessives say whose something is, the asker's own: "mijn", "onze", and "m'n", which the search splits into
// "m" or reads as "mn". "ons" is the possessive before a het-word ("ons bedrijf").
var nlPossessives = `mijn m mn onze ons`

// nlTakeOverVerbs are the forms of taking a business over (the separable verb joined: "neemt ... over" is
// "overnemen").
var nlTakeOverVerbs = `overnemen overneemt overneem overnam overnamen overgenomen`

// nlChangeOfHands say that a business changes hands the other way or either way: handed over, succeeded.
var nlChangeOfHands = `overname overnames opvolgen opvolger opvolging opvolgingsplan overdragen overdraag overdraagt
	overdracht bedrijfsoverdracht`

// nlResidenceVerbs say where the asker is ("we zitten in Utrecht", "gevestigd in Zwolle").
var nlResidenceVerbs = `zit zitten woon wonen woont gevestigd`

// nlPlaceWords are the other words beside a place that say where, not what: nearness ("net over de grens").
var nlPlaceWords = `zat grens grenst buurt vlakbij dichtbij`

// nlAskerFiller are the other words around a fact about the asker ("we zijn trouwens een besloten vennootschap").
var nlAskerFiller = `trouwens eigenlijk bedrijf zaak onze mijn hebben besloten naamloze vennootschap eenmanszaak
maatschap medewerkers werknemers mensen personeel werk werken sorry pardon oeps`

// nlQuestionWords start a question.
var nlQuestionWords = `wat welke welk hoe waar wie wanneer waarom kan kun kunnen mag moet is zijn heb heeft`

// nlQuestionFiller are the other words a question leans on the clause before with ("welke regelingen zijn er
// daarvoor").
var nlQuestionFiller = `daar daarvoor hier voor mogelijkheden mogelijk eigenlijk precies beginnen begin doen aanpakken
pak regelen moeten mijn onze jullie krijgen krijg vinden vind halen haal`

// nlWishWords ask, want, weigh a plan or name a trouble ("ik wil", "ik denk erover", "ik ben failliet").
var nlWishWords = `wil willen wilt zoek zoeken zoekt nodig moet moeten kan kun kunnen mag hoe wat welke waar denk
overweeg overwegen overweegt misschien failliet ziek gehackt schuld schulden`

// nlForWhomFiller are the other words of saying whom a question is for ("voor mijn personeel, niet voor mezelf").
var nlForWhomFiller = `voor niet mezelf mij me zelf ikzelf maar alle eigen`

// nlPartingGreetings greet at meeting and at leaving alike.
var nlPartingGreetings = `dag`

// nlSizeAlone give a company's size class when they are the whole message.
var nlSizeAlone = map[string]string{"klein": "klein", "middelgroot": "middelgroot", "groot": "groot", "micro": "micro"}

// nlNameIntros open a clause that gives the asker's name.
var nlNameIntros = []string{"mijn naam is ", "ik heet "}

// nlBroadAims say where a business wants to go without saying how (OnlyBroadAim).
var nlBroadAims = `groeien groei groeit uitbreiden uitbreiding opschalen vergroten doorgroeien`

// nlCompanyNouns name a business in general, also as the head of a trade written apart ("schoonmaak bedrijf")
// (IsCompanyNoun).
var nlCompanyNouns = `bedrijf bedrijfje onderneming firma`

// nlBusinessNouns name the asker's business in general (OnlyBroadAim, IsBusinessNoun): the company nouns and
// "zaak", which is no head of a trade written apart.
var nlBusinessNouns = nlCompanyNouns + ` zaak zaakje`

// nlBusinessKinds name a business by its kind or size, without its sector: a clause that opens with one says who
// asks ("startup in Rotterdam", "mkb-bedrijf in Limburg") (IsBusinessKind). Of the company nouns only "firma" is
// one.
var nlBusinessKinds = `startup start-up scale-up mkb mkb-bedrijf mkb-er firma`

// nlExpansionWords make a business or place one more (OnlyBroadAim: "een tweede zaak openen").
var nlExpansionWords = `tweede derde extra`

// nlOpenVerbs open a business or place (OnlyBroadAim).
var nlOpenVerbs = `openen open opent beginnen starten`

// nlPremisesNouns name a place of business in general (OnlyBroadAim).
var nlPremisesNouns = `vestiging filiaal winkel locatie kantoor pand`

// nlSizeAdjectives say how big something is (IsSizeAdjective).
var nlSizeAdjectives = `klein kleine kleiner kleinere groot grote groter grotere middelgroot middelgrote`

// Starting a business of one's own (starting.go). nlStartVerbs start something ("een dierenwinkel beginnen", "ik
// zet een bedrijf op", joined to "opzetten"); past forms are left out: "ik ben tien jaar geleden begonnen" tells the
// story of a business that runs.
var nlStartVerbs = `beginnen begin begint starten start opstarten opzetten oprichten openen open opent`

// nlBusinessHeads name a business, alone or as the head of a compound ("dierenwinkel", "schoonmaakbedrijf",
// "kapsalon", "adviesbureau"): whatever the trade before it.
var nlBusinessHeads = `bedrijf bedrijfje zaak zaakje onderneming firma eenmanszaak winkel winkeltje salon praktijk
bureau studio atelier restaurant cafe café bakkerij webshop webwinkel shop kantoor werkplaats startup bv vof bar
lunchroom hotel kwekerij garage`

// nlCompoundHeads name a business only as the head of a compound ("hondenschool", "koeriersdienst",
// "fietsverhuur", "wijnhandel", "foodtruck", "escaperoom", "fitnesscentrum", "feestzaal", "trampolinepark",
// "sportclub", "koffietent"): alone they are a school, a service, a rental, trade in general, a room, a place or a
// tent.
var nlCompoundHeads = `school dienst service verhuur handel truck room zaal centrum club park tent`

// nlNoBusiness end in a business head and name no business ("rechtszaak", "oorzaak", "workshop", "content",
// "partytent").
var nlNoBusiness = `oorzaak oorzaken noodzaak hoofdzaak bijzaak rechtszaak strafzaak rechtzaak workshop
politiebureau loondienst buitendienst binnendienst eredienst basisschool content competent incompetent partytent
feesttent tuintent kampeertent`

// nlSelfWords start a business when one begins "voor mezelf".
var nlSelfWords = `mezelf mijzelf jezelf zichzelf onszelf`

// nlBecomeVerbs make the asker something ("zzp'er worden", "eigen baas worden").
var nlBecomeVerbs = `worden word wordt`

// nlBecomeSelf are what one becomes by starting a business ("zzp'er worden", "ondernemer worden", "eigen baas").
var nlBecomeSelf = `zzp zzper zzp'er zelfstandige zelfstandig ondernemer freelancer baas`

// nlEmployedBefore govern a business one works at, not one started ("ik begin bij een schoonmaakbedrijf", "in een
// winkel beginnen"), or one that belongs to someone else ("de open dag van een bedrijf").
var nlEmployedBefore = `bij voor in op van`

// nlJobWords say that "beginnen als ..." is a job, not a business ("als stagiair", "in loondienst").
var nlJobWords = `werknemer medewerker stagiair stagiaire leerling vrijwilliger loondienst baan dienstverband werkgever`

// nlPartnerWords name someone who may come into the asker's business (joining.go): a partner, a friend, family.
var nlPartnerWords = `partner compagnon zakenpartner vennoot vriend vriendin broer zus zoon dochter man vrouw
echtgenoot echtgenote collega zwager schoonzus neef nicht`

// nlJoinWords say by themselves that someone comes into a business ("instappen", "mede-eigenaar", "toetreden").
var nlJoinWords = `instappen instapt toetreden treedt mede-eigenaar deelgenoot`

// nlComeVerbs come into the business ("in de zaak komen", "mee in de zaak").
var nlComeVerbs = `mee komen komt stappen stapt`

// nlTogether say that a business is started with someone ("samen een zaak beginnen").
var nlTogether = `samen`

// nlPartyDeterminers stand before another party the asker reports on ("mijn accountant zegt", "volgens de
// netbeheerder") (ReportedBy).
var nlPartyDeterminers = `mijn mn onze ons de het je jouw uw`

// nlSayingVerbs say that someone says or advises something ("mijn boekhouder zegt dat ...") (ReportedBy).
var nlSayingVerbs = `zegt zei zeiden zeggen adviseert adviseerde adviseerden raadt raadde beweert waarschuwt
waarschuwde eist eiste`

// nlAccordingTo put what follows in another party's mouth ("volgens mijn boekhouder") (ReportedBy).
var nlAccordingTo = `volgens`

// nlNationalPeople: see enNationalPeople ("een Syriër wil bij ons werken"); their adjectives are
// lexicon.NationalAdjectivesNL.
var nlNationalPeople = `indiër indier indiërs indiers braziliaan brazilianen turk turken syriër syrier syriërs
	syriers amerikaan amerikanen marokkaan marokkanen afghaan afghanen eritreeër eritreeers eritreeërs pakistaan
	pakistanen indonesiër indonesiërs egyptenaar egyptenaren iraniër iraniërs irakees irakezen canadees canadezen
	mexicaan mexicanen colombiaan colombianen nigeriaan nigerianen keniaan kenianen ethiopiër ethiopiërs somaliër
	somaliërs oekraïner oekraïners oekrainer oekrainers russen brit britten surinamer surinamers`

// nlPersonNouns: see enPersonNouns ("een Syrische vluchteling").
var nlPersonNouns = `kok koks chef chefs ingenieur ingenieurs engineer engineers werknemer werknemers medewerker
	medewerkers personeel arbeider arbeiders arbeidskracht arbeidskrachten developer developers programmeur
	programmeurs verpleegkundige verpleegkundigen arts artsen student studenten oprichter oprichters ondernemer
	ondernemers partner vrouw man vriend vriendin collega collega's specialist specialisten expert experts onderzoeker
	onderzoekers kandidaat kandidaten sollicitant sollicitanten vluchteling vluchtelingen statushouder statushouders
	burger burgers persoon mensen familie manager monteur monteurs chauffeur chauffeurs schoonmaker schoonmakers ober
	obers talent freelancer`

// nlNationalSelf: see enNationalSelf ("ik ben Amerikaans", "mijn vrouw is Syrisch").
var nlNationalSelf = `ben bent is zijn`

// nlTradeNouns: see enTradeNouns ("Chinees restaurant personeel").
var nlTradeNouns = `restaurant restaurants eten keuken winkel winkels toko afhaal catering supermarkt`

// nlEUNationals are the words by which a message says that someone comes from a country of the EU, the EEA or
// Switzerland: the country or its adjective ("een Duitse oprichter", "ik kom uit Spanje"), in the search's spelling
// (no accents: "belgie"). Their citizens need no residence or work permit here, so an offer for people from outside
// those countries does not fit (NamesEUNational). Words that mean something else too are left out: "lets" and
// "ests", "nederlands" (every Dutch message has it).
var nlEUNationals = `duitsland duits duitse duitser duitsers belgie belgisch belgische belg belgen frankrijk frans
	franse fransman fransen spanje spaans spaanse spanjaard spanjaarden italie italiaans italiaanse italianen polen
	poolse roemenie roemeens roemeense roemenen bulgarije bulgaars bulgaarse bulgaren portugal portugees portugese
	griekenland grieks griekse grieken oostenrijk oostenrijks oostenrijkse zweden zweeds zweedse denemarken deens
	deense finland finse ierland iers ierse luxemburg luxemburgs luxemburgse hongarije hongaars hongaarse hongaren
	tsjechie tsjechisch tsjechische slowakije slowaaks slowaakse slovenie sloveens sloveense kroatie kroatisch
	kroatische estland estse letland letse litouwen litouws litouwse malta maltees maltese cyprus cypriotisch
	cypriotische noorwegen noors noorse ijsland ijslands ijslandse liechtenstein zwitserland zwitsers zwitserse`
