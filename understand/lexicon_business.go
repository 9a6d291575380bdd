package understand

// Words that show a business in a message, Dutch and English side by side, in the search's spelling (lower case,
// no accents, no apostrophes: "mkber"): doing business, selling, consumers as a group. See business.go.

// nlBusinessContext are words of doing business that a private person's question rarely has: hiring, trade, a
// business's premises, a permit, and the money a business asks for (IsBusinessContext).
var nlBusinessContext = `aannemen aangenomen inhuren vacature vacatures loonkosten sollicitanten export exporteren
	exporteur import importeren importeur concurrent concurrenten franchise franchisenemer franchisegever groothandel
	inkoop pand panden loods machine machines productie productielijn organisatie merk merken octrooi handelsnaam
	onderaannemer onderaannemers schuldeisers mkb mkber mkbers b2b vergunning vergunningen subsidie subsidies
	subsidieregeling financiering investering investeringen investeren investeerder investeerders krediet`

// enBusinessContext: see nlBusinessContext; "subsidy", "warehouse", "factory" and "machinery" are the twins of
// "subsidie", "loods", "fabriek" and "machines".
var enBusinessContext = `hire hiring hired recruit recruiting vacancy vacancies payroll export import competitor
	competitors franchise wholesale production manufacturing office offices premises organization trademark brand
	patent subcontractor creditors sme smes b2b permit permits licence licenses license investor investors funding
	grant grants investment investments subsidy subsidies warehouse warehouses factory factories machinery`

// nlBusinessPrefixes begin the compounds and words of doing business ("bedrijfspand", "zakelijke", "kantoorruimte",
// "winkelpand", "exportkrediet", "commercieel"); each is such a word alone too, but for nlCompoundOnlyPrefixes.
var nlBusinessPrefixes = []string{"bedrijfs", "bedrijv", "zakelijk", "onderneming", "ondernemer", "commerci", "krediet",
	"export", "klantge", "kantoor", "winkel", "fabriek"}

// enBusinessPrefixes: see nlBusinessPrefixes ("businessplan", "commercial").
var enBusinessPrefixes = []string{"business", "commerci"}

// nlCompoundOnlyPrefixes show a business only in a compound ("winkelpand"): a consumer goes to "de winkel" and
// "het kantoor" too.
var nlCompoundOnlyPrefixes = `kantoor winkel`

// nlBusinessSuffixes end the compounds of doing business ("transportbedrijf", "startende ondernemers",
// "bedrijfspand", "omgevingsvergunning").
var nlBusinessSuffixes = []string{"bedrijf", "bedrijven", "ondernemer", "ondernemers", "pand", "vergunning"}

// nlSellerWords say, after "als", that the asker sells ("als verkoper") (IsSellerWord).
var nlSellerWords = `verkoper verkopers`

// enSellerWords: see nlSellerWords ("as a seller").
var enSellerWords = `seller sellers retailer`

// nlSellVerbs are the forms of selling by which the asker says they sell, with themself as the subject
// (SellsGoods): "ik verkoop", "we verkopen", "verkoop ik".
var nlSellVerbs = `verkoop verkopen`

// enSellVerbs: see nlSellVerbs ("I sell", "I'm a student selling").
var enSellVerbs = `sell selling`

// nlSellerSubjects are the asker as the subject of selling (SellsGoods).
var nlSellerSubjects = `ik we wij`

// enSellerSubjects: see nlSellerSubjects.
var enSellerSubjects = `i we`

// nlOwnThingWords make what is sold the asker's own thing, not goods ("mijn auto verkopen", "we verkopen ons
// huis", "ik verkoop mn fiets") (SellsGoods).
var nlOwnThingWords = `mijn mn ons onze`

// enOwnThingWords: see nlOwnThingWords ("sell my car", "selling our house").
var enOwnThingWords = `my our`

// nlConsumerGroups are consumers as a group, to whom a business sells ("verkopen aan particulieren")
// (IsConsumerGroup).
var nlConsumerGroups = `particulieren consumenten`

// enConsumerGroups: see nlConsumerGroups ("selling to consumers").
var enConsumerGroups = `consumers customers`

// nlArticles are the articles and demonstratives before a noun ("de supermarkt", "een webwinkel"): a sector named
// after one is the shop a consumer goes to, not a kind of business (IsArticle).
var nlArticles = `een de het die dat deze`

// enArticles: see nlArticles.
var enArticles = `the a an this that`

// nlBusinessCues are words by which an asker shows that they run a business: who work for them, who buy from them,
// what the business earns, its legal form, their role in it (IsBusinessCue). A private person's question (a
// tenant, an employee, a consumer) rarely has one.
var nlBusinessCues = `onderneming ondernemer ondernemers klant klanten personeel medewerkers werknemers opdrachtgever
	opdrachtgevers leverancier leveranciers afnemer afnemers omzet winst bv vof eenmanszaak kvk starter starters
	directeur eigenaar zelfstandig debiteur debiteuren crediteuren facturen factureren btw boekhouding`

// enBusinessCues: see nlBusinessCues.
var enBusinessCues = `entrepreneur entrepreneurs customer customers client clients staff employees supplier suppliers
	turnover revenue profit freelance founder startup owner director ceo invoices invoicing vat bookkeeping`

// nlStaffMembers name one person who works for someone: the asker's staff ("een zieke medewerker"), unless the
// asker is one ("als werknemer") (IsStaffMember). One person, where IsStaffWord names a company's staff as a whole
// ("personeel"): "als personeel" is no asker.
var nlStaffMembers = `werknemer medewerker personeelslid stagiair stagiaire sollicitant`

// enStaffMembers: see nlStaffMembers ("my employee", "I am an employee", "as an intern").
var enStaffMembers = `employee intern trainee applicant`

// nlBeingWords stand before a staff member by which the asker says they are one ("als werknemer", "ik ben
// stagiair") (IsBeingWord).
var nlBeingWords = `als ben`

// enBeingWords: see nlBeingWords.
var enBeingWords = `as am`

// nlBusinessPlaces are words for a business that a consumer, an employee or a patient names too ("de webwinkel
// betaalt niet terug", "mijn huisarts"): they show the asker's business only as the asker's own or as one they
// start ("onze winkel", "ik wil een café beginnen") (IsBusinessPlace).
var nlBusinessPlaces = `bedrijf bedrijfje bedrijven zaak zaakje winkel winkelier webwinkel webshop praktijk kantoor
	werkplaats fabriek`

// enBusinessPlaces: see nlBusinessPlaces ("the company I work for").
var enBusinessPlaces = `business businesses company companies firm shop store`

// nlOwnerCues, up to three words before a business word, make it the asker's own ("onze winkel", "wij zijn een
// transportbedrijf") (IsOwnerCue).
var nlOwnerCues = `mijn mn onze ons eigen wij we ben zijn als heb hebben`

// enOwnerCues: see nlOwnerCues.
var enOwnerCues = `my our own am are as im have has run runs owns`

// nlStartCues are the verbs of starting a business, before or after a business word ("een café beginnen")
// (IsStartCue).
var nlStartCues = `beginnen begin starten start openen open opzetten oprichten`

// enStartCues: see nlStartCues ("opening a shop", "set up a company").
var enStartCues = `start open opening starting set`

// nlOwnedBy, right before a trade written apart, make it the asker's ("mijn schoonmaak bedrijf", "als
// installatie bedrijf") (IsOwnedBy).
var nlOwnedBy = `mijn mn onze ons als`

// enOwnedBy: see nlOwnedBy.
var enOwnedBy = `my our as`

// nlIndefinites are the indefinite articles ("we zijn een installatie bedrijf"; "n" of "'n") (IsIndefinite).
var nlIndefinites = `een n`

// enIndefinites: see nlIndefinites.
var enIndefinites = `a an`

// nlOwnVerbs, before an indefinite article and a trade written apart, say the asker has or is that business ("ik
// heb een schoonmaak bedrijf") (IsOwnVerb).
var nlOwnVerbs = `heb hebt heeft hebben had hadden ben bent is zijn was waren run runt runnen`

// enOwnVerbs: see nlOwnVerbs ("I run a", "we're a": "m" and "re" of "I'm" and "we're" split).
var enOwnVerbs = `have has own owns run runs am are m re is was`

// nlOwnerNouns are who own a business ("eigenaar van een schoonmaak bedrijf") (IsOwnerNoun).
var nlOwnerNouns = `eigenaar eigenaresse directeur`

// enOwnerNouns: see nlOwnerNouns ("owner of a").
var enOwnerNouns = `owner`

// nlLegalFormTerms are the short names of the legal forms, one word each as the search analyses them ("bv", "vof"):
// like a sector or a company size they say who asks, not what about (IsLegalFormTerm). "eenmanszaak" and "zzp"
// are size words.
var nlLegalFormTerms = `bv nv vof maatschap`

// nlCompanySizes only name a company size, in the search's spelling ("mkb-bedrijf" is one word, "mkbbedrijf"): they
// say who asks, not what about (IsCompanySize). Being self-employed is one too (IsSelfEmployed).
var nlCompanySizes = `eenmanszaak eenmanszaken kleinbedrijf middelgroot middelgrote mkbbedrijf`

// enCompanySizes: see nlCompanySizes.
var enCompanySizes = `solo`

// nlHeadcountWords count people after a number ("6 man personeel", "20 fte", "10 koppen") (IsHeadcountWord).
var nlHeadcountWords = `man fte koppen`

// nlSupplierHeads end the name of a kind of business that serves the asker ("energieleverancier",
// "internetprovider", "luchtvaartmaatschappij"): after "mijn" or "onze" it is the asker's supplier, not their
// business (IsSupplierCompound).
var nlSupplierHeads = []string{"leverancier", "provider", "maatschappij", "verzekeraar"}

// nlPremisesHeads end the compounds that name a business's premises ("bedrijfspand", "winkelruimte",
// "kantoorunit") (IsBusinessPremises).
var nlPremisesHeads = []string{"pand", "panden", "ruimte", "ruimtes", "unit", "units", "hal", "hallen", "locatie"}

// nlPremisesWords name a business's premises alone (IsBusinessPremises).
var nlPremisesWords = `pand panden bedrijfspand bedrijfsruimte bedrijfsruimtes winkelpand kantoorpand bedrijfshal loods praktijkruimte
	horecapand`

// enPremisesWords: see nlPremisesWords ("my landlord wants to raise the rent of our business premises").
var enPremisesWords = `premises warehouse`

// nlScopeWords only name the level of government a scheme comes from, or how far a business reaches ("landelijk,
// provinciaal, lokaal, Europees"): they say where from, not what about, as a place does (IsScopeWord).
var nlScopeWords = `landelijk landelijke nationaal nationale provinciaal provinciale regionaal regionale lokaal lokale
	gemeentelijk gemeentelijke europees europese internationaal internationale`

// enScopeWords: see nlScopeWords ("national or European grants").
var enScopeWords = `national nationwide provincial regional local municipal european international`
