package understand

import "strings"

// English words, for the same purposes as lexicon_nl.go.

var englishWords = set(enContentWords + " " + `i i'm my we our you your the a an is are to for and with how what where which can could
should would want need hire grant grants subsidy loan funding company business employee employees staff
start starting apprentice please do does get small energy solar sustainable green export hello hi thanks
who when why there this that it from about any find looking don't actually meant`)

// enContentWords are English words of the things entrepreneurs ask about that Dutch does not write so: a short
// message without function words ("electric van", "heat pump", "hiring cooks") is told by them. Loanwords Dutch
// uses as they are ("truck", "shop", "chef", "business" as a noun in "businessplan") are not here; "business" is among
// englishWords, which a Dutch message outweighs with its own function words.
var enContentWords = `electric vehicle vehicles car cars panels pump pumps heating taxes invoice invoices hiring cooks
bakery insurance permit licence license workers customers suppliers bike bikes`

// vehicleWord is the Dutch function word that is an English noun: in "electric van" it is the vehicle. It says
// nothing of the language at the end of a message or before an English word ("electric van for deliveries"),
// where the Dutch preposition does not stand.
const vehicleWord = "van"

var enAskWords = `how what where which who when why can could should may must want need looking help advice
grant grants subsidy considering consider thinking planning plan plans`

var enCorrectionCues = []string{"no actually", "actually i", "actually we", "actually it", "i meant", "i mean",
	"sorry i meant", "correction", "no wait", "wait actually", "actually want", "actually need", "actually looking",
	"no sorry", "sorry no", "actually no", "oh sorry", "oops i meant"}

// enRuleCues: see nlRuleCues.
var enRuleCues = []string{"may i", "may we", "am i allowed", "are we allowed", "is it allowed", "do i need",
	"do we need", "do i have to", "do we have to", "must i", "must we", "mandatory", "required", "what are the rules",
	"which rules", "is it legal"}

// enMoneyCues: see nlMoneyCues.
var enMoneyCues = []string{"grant", "grants", "subsidy", "subsidies", "money", "loan", "loans", "funding", "fund",
	"financing", "finance", "credit", "invest", "investment", "deduct", "deduction", "tax break", "allowance",
	"voucher", "scheme", "schemes", "cost", "costs", "pay", "pays"}

// enInterjections: see nlInterjections. "no" opens a reply only before a comma ("no, not in Drenthe"); before a
// word it negates that word ("no loans").
var enInterjections = `yes yeah yep nope okay`

var enNegationCues = `not no without except excluding outside`

// enFormalities: see nlFormalities ("can I operate without KVK registration?", "used without permission").
var enFormalities = `registration registering registered register permit permits licence license licences licenses
kvk certificate diploma vat-number permission consent`

var enNegationPhrases = []string{"don't want", "dont want", "do not want", "don't need", "dont need",
	"do not need", "rather not", "other than"}

var enLackVerbs = `find get can can't cannot cant pay pays paid know understand seem seems work works give gives gave`
var enHaveVerbs = `have has had`
var enObjectPronouns = `me us him her them you`

// enNounCues reject a noun phrase when an indefinite article follows them ("not a loan", "without an
// accountant"); enNegatedArticles are those articles (englishCompound).
var (
	enNounCues        = set(`not without except excluding`)
	enNegatedArticles = set(`a an any`)
)

var enNotNegatable = `only just sure really yet happy satisfied ok okay less longer`
var enFillers = `a an the for to with at of in on any`
var enJoiners = `or`
var enBoundaries = `but because so also though and`
var enPlainNegations = `not no`

// enNegatedModals say that something cannot be done, in one word ("we cannot pay the tax bill").
var enNegatedModals = `cannot cant unable`

// enShortageWords: see nlShortageWords ("a shortage of mechanics").
var enShortageWords = `shortage shortages lack`

// enFindVerbs: see nlFindVerbs ("we can't find drivers").
var enFindVerbs = `find finding get hire recruit`

// enHardWords: see nlHardWords ("we're struggling to find staff", "it is hard to find drivers").
var enHardWords = `struggle struggles struggling hard difficult tough trouble`

// enBuildVerbs: see nlBuildVerbs ("we're building an AI tool").
var enBuildVerbs = `build builds building built`

// enSoftwareWords: see nlSoftwareWords.
var enSoftwareWords = `app apps software tool tools platform website application applications program ai ai-tool
model algorithm chatbot saas`

// enHeadcountNouns: see nlHeadcountNouns ("we have 8 drivers").
var enHeadcountNouns = `employees people staff workers mechanics drivers cleaners cooks chefs waiters nurses developers
	programmers technicians engineers hairdressers`

var enStaffWords = `staff employees employee personnel people workers`

// The merged lists the code uses: a message may mix the languages.
var (
	askWords       = set(nlAskWords + " " + enAskWords)
	correctionCues = append(append([]string{}, nlCorrectionCues...), enCorrectionCues...)
	negationCues   = set(nlNegationCues + " " + enNegationCues)
	formalities    = set(nlFormalities + " " + enFormalities)
	interjections  = set(nlInterjections + " " + enInterjections)
	ruleCues       = phrases(append(append([]string{}, nlRuleCues...), enRuleCues...))
	moneyCues      = phrases(append(append([]string{}, nlMoneyCues...), enMoneyCues...))
	ruleCueIndex   = indexPhrases(ruleCues)
	// correctionCueIndex holds correctionCues split at each space: a cue matches the words of a message in a row.
	correctionCueIndex = indexPhrases(splitAtSpaces(correctionCues))
	moneyCueIndex      = indexPhrases(moneyCues)
	negationPhrases    = phrases(enNegationPhrases)
	lackVerbs          = set(nlLackVerbs + " " + enLackVerbs)
	haveVerbs          = set(nlHaveVerbs + " " + enHaveVerbs)
	objectPronouns     = set(nlObjectPronouns + " " + enObjectPronouns)
	notNegatable       = set(nlNotNegatable + " " + enNotNegatable)
	fillers            = set(nlFillers + " " + enFillers)
	joiners            = set(nlJoiners + " " + enJoiners)
	boundaries         = set(nlBoundaries + " " + enBoundaries)
	plainNegations     = set(nlPlainNegations + " " + enPlainNegations)
)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func splitAtSpaces(ps []string) [][]string {
	out := make([][]string, len(ps))
	for i, p := range ps {
		out[i] = strings.Split(p, " ")
	}
	return out
}

func phrases(ps []string) [][]string {
	out := make([][]string, len(ps))
	for i, p := range ps {
		out[i] = words(p)
	}
	return out
}

// enPresenceCues ask whether someone is there (IntentAbout, AsksPresence).
const enPresenceCues = `=is anyone there|=anyone there|=is anybody there|=anybody there|=is someone there|=hello is anyone there`

// enIntentCues are the English wordings of each intent (same notation as nlIntentCues).
var enIntentCues = map[Intent]string{
	IntentErase: `forget me|forget about me|forget everything|delete my~|delete * data|erase my~|erase * data|
		remove my data|remove * my data|delete everything|delete * conversation|wipe my~`,
	IntentAbout: `are you a human|are you human|are you a person|are you a real person|are you a bot|are you a robot|
		are you real|are you ai|are you an ai|am i talking to a human|am i talking to a bot|am i talking to a person|
		am i talking to a robot|is this a bot|is this a human|who made you|who built you|who created you|
		where do you get * information|where does * information come from|what are your sources|which sources|` +
		enPresenceCues,
	IntentCheck: `=is that true|=is that right|=is that correct|=is this true|=is this right|=is it true|=really|
		=are you sure|=is that so|=is that really true|=is that really so`,
	IntentExplain: `what do you mean|what do u mean|=huh|don't understand the question|dont understand the question|
		not sure what you mean|what are you asking`,
	IntentHandoff: `=human|=a human|=person|=agent|talk * person|speak * person|talk * human|speak * human|
		talk to someone|speak to someone|talk with someone|speak with someone|someone * call|call me|
		real person|real people|=advisor|=adviser|talk * advisor|talk * adviser|speak * advisor|speak * adviser|
		representative|contact me|reach me|human being|can someone * help|can somebody * help|
		can anyone * help|is there someone who can help|i need someone to help|rather call|prefer a call|
		please call|phone me|ring me|call back`,
	IntentPrivacy: `=gdpr|privacy policy|my data|my personal data|my information|do you store|do you keep|
		what do you store|what do you keep|what * you * with my|who can read|is this private|data protection`,
	IntentRestart: `=restart|start over|start again|new question|another question|different question|
		from the beginning|=new chat|begin again`,
	IntentNegative: `not helpful|doesn't help|does not help|didn't help|did not help|dont help|doesnt help|
		useless|not what i|wrong answer|that's not it|thats not it|not relevant|irrelevant|not useful|
		you don't understand|you do not understand|you dont understand|you are * bad|you're * bad|you suck|
		stupid bot|dumb bot|never get an answer|never get a reply|
		this is not|missing something|unhelpful|no help|not right|makes no sense|doesn't make sense|
		does not make sense|doesnt make sense|nonsense|not what i asked|that's not what i asked|i didn't ask|
		too small for us|too small for me|too small for our|too small for my|too big for us|too big for me|
		too big for our|too big for my|=not for us|=that's not for us|=thats not for us|=that is not for us|=not for me|
		=that's not for me|=thats not for me|=that is not for me`,
	IntentDifference: `difference|differences|compare|comparison|versus|=vs|which * better|which one should|which * best|
		what is best`,
	IntentAmount: `how much|amount|maximum|max|percentage|percent|what do i get|how high|how big is the|
		what does * cost|does * cost|what is the fee|how much * pay|what * i * pay|interest rate|the interest|interest|
		=is it free|=is that free|=free|=for free|=is this free|from what amount|from which amount`,
	IntentConditions: `eligible|eligibility|qualify|conditions|requirements|who can use|who can get|who is it for|is it for me|apply to me|
		does it work for|does that work for|also if|even if|also work|also apply|still work|
		can i use|does it apply|am i allowed|criteria`,
	IntentApply: `apply|application|sign up|register|how do i start|how do i get|how does it work|fill in|
		what do i need to do to|what do i have to do to|
		how do i request|request it|where do i go|next step|next steps|what now|what do i do now|
		what should i do now|how does that work|how does the * work`,
	IntentDeadline: `deadline|until when|when|closing|round|rounds|still open|is it open|opens|open again|
		expires|due`,
	IntentDuration: `how long|how long does it take|how many years|how many months|how many weeks|for how long`,
	IntentContact: `contact|who * call|who * email|phone|phone number|email address|who do i|who should i|
		who can i|where can i go|who can help|who can * help|who checks|who enforces|who supervises|
		recommend|what would you do|what do you advise`,
	IntentThanks: `thanks|thank you|thank|=ty|=thx|cheers|much appreciated|appreciate it|many thanks`,
	IntentLanguage: `=in english|=english|=english please|=in english please|=can you speak english|
		=do you speak english|=can we speak english|=in dutch|=dutch|=dutch please|=in dutch please|
		=can you speak dutch|=do you speak dutch`,
	IntentBye: `=bye|=goodbye|=bye bye|=ok bye|=see you|=have a nice day`,
	IntentYes: `=yes|=yep|=yeah|=sure|=yes please|this helps|that helps|it helps|=helpful|=great|=perfect|
		=ok|=okay|=clear|yes * helps|=exactly|=nice`,
	IntentNo: `=no|=nope|=not really|=no thanks|=no thank you|=nah`,
	IntentMore: `=other options|=any other options|=are there other options|=are there any other options|=more options|
		=anything else|=and anything else|=and what else|=is there anything else|=what else|=what else is there|=alternatives|=any alternatives|
		=are there alternatives|=are there any alternatives|=what are the alternatives|=is there more|=are there more|
		=more|=anything more|=other ideas|=any other ideas|=what then|=what is there then|
		=what is there now`,
	IntentRefine: `=something else|=other|=another topic|=other topic|=different topic`,
	IntentHelp: `=help|what can you do|how does this work|=what do you do|who are you|=commands|=instructions|
		=what are you|=what is wegwijzer|=what do you guys do`,
	IntentGreeting: `=hi|=hello|=hey|=good morning|=good afternoon|=good evening|=hi there|=hello there`,
}

// enTypoTolerant: as nlTypoTolerant.
var enTypoTolerant = `eligible eligibility difference maximum requirements conditions`

var enOrdinals = map[string]int{"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2,
	"fourth": 3, "fifth": 4, "last": Last, "top": 0}

var enReferences = `that this these those it them they one him her`

var enConditionWords = `if because since while although`

var enForWhomWords = `for`

var enFunctionWords = `i you we my our your the a an and or is are am was be to for of in on at with from by about
	how what where which who when why can could should would will do does did get got have has had it's
	i'm there here also still then so but not please just really very any some me us need want like know
	let's lets let per next other way ways alternative alternatives what's whats where's who's how's that's
	i'd i'll we're we'd we'll tell more explain details info information mean means`

var enGenericWords = `grant grants subsidy subsidies scheme schemes loan loans offer offers option options
	support money help advice deduction allowance funding financing available benefit benefits
	investment investments investor investors`

// courtesyWords thank or agree in passing, before what is asked ("ok thx, hoe vraag ik het aan", "okee, wat kost
// dat?"): like the interjections they are no topic of a follow-up.
var courtesyWords = `okee oki okido okay thx thnx tnx thanks thank bedankt dankje dankjewel merci`

// Merged intent lists: a message may mix the languages.
var (
	ordinals       = mergeOrdinals(nlOrdinals, enOrdinals)
	references     = set(nlReferences + " " + enReferences)
	functionWords  = set(nlFunctionWords + " " + enFunctionWords + " " + nlInterjections + " " + enInterjections + " " + courtesyWords)
	intentWords    = set(nlGenericWords + " " + enGenericWords)
	conditionWords = set(nlConditionWords + " " + enConditionWords)
	forWhomWords   = set(nlForWhomWords + " " + enForWhomWords)
	typoTolerant   = strings.Fields(nlTypoTolerant + " " + enTypoTolerant)
)

func mergeOrdinals(ms ...map[string]int) map[string]int {
	out := map[string]int{}
	for _, m := range ms {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

// enOriginPrepositions say where the asker comes from when a first-person subject comes before them and no
// trade or hiring word lies between ("I moved from Spain", "I'm a teacher from Brazil", "I fled Ukraine"; not
// "we import coffee from Brazil", "I want to hire engineers from India"). See origin.go.
var enOriginPrepositions = `from fled escaped left`

var enFirstPerson = `i i'm im i've me my we we're our us`

// enOriginGuards make the place after the preposition part of the question: goods, customers, staff.
var enOriginGuards = `import imports importing imported buy buying bought order orders ordering goods products
	product customers customer clients client suppliers supplier sourcing source ship shipping sell selling sales
	export exporting hire hiring recruit recruiting employ employee employees staff worker workers engineers
	people someone personnel investors investor money funding`

// enOriginSelf are words that say only who the asker is when first-person: "I'm a British expat".
var enOriginSelf = `expat expats`

// enCountries name countries (and "abroad") an asker may come from.
var enCountries = `spain portugal germany india brazil ukraine poland france italy england britain uk usa
	america canada mexico argentina colombia venezuela china japan turkey morocco syria egypt iran iraq
	afghanistan eritrea pakistan indonesia philippines vietnam russia romania bulgaria greece hungary ireland
	scotland belgium sweden denmark norway austria switzerland australia nigeria ghana kenya ethiopia abroad
	south_africa united_states united_kingdom south_korea new_zealand the_us the_uk the_states`

// enSelfEmployed: see nlSelfEmployed ("freelancer" is Dutch too).
var enSelfEmployed = `freelancer freelancers self-employed selfemployed`

// enOnePersonWords: see nlOnePersonWords.
var enOnePersonWords = `freelancer self-employed freelance`

// enNumberWords: see nlNumberWords ("one" is a pronoun too).
var enNumberWords = `two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
	thousand`

// The words of asking for money, support, a grant, the interest, the cost or advice: see nlMoneyWords and after.
var (
	enMoneyWords     = `grant grants subsidy funding financing finance money loan loans credit investor`
	enSupportWords   = `support`
	enGrantWords     = `grant grants subsidy subsidies`
	enInterestWords  = `interest`
	enCostWords      = `cost costs fee fees price prices charge pay`
	enFreeWords      = `free`
	enReceiveWords   = `get gets receive receives`
	enPersonPronouns = `him her he she`
	enOptionWords    = `option options possibilities choices alternatives`
	enPersonWords    = `human person real`
	enMachineWords   = `robot bot computer ai chatbot machine`
	enAdviceWords    = `recommend recommended advise`
)

// enDeterminers: see nlDeterminers.
var enDeterminers = `the a an my our your his her its their this that these those own`

// enDefiniteArticles: see nlDefiniteArticles.
var enDefiniteArticles = `the`

// enWhyWords: see nlWhyWords.
var enWhyWords = `why`

// enPossessives: see nlPossessives.
var enPossessives = `my our`

// enChangeOfHands: see nlChangeOfHands; English uses "take over" for both sides.
var enChangeOfHands = `takeover succession successor handover`

// enResidenceVerbs say where the asker is ("we are based in Groningen").
var enResidenceVerbs = `based located`

// enPlaceWords are the other words beside a place that say where, not what ("I live near the border").
var enPlaceWords = `live lives living border near nearby`

// enAskerFiller are the other words around a fact about the asker ("and what if we are based in Groningen?").
var enAskerFiller = `about actually company business limited proprietorship partnership employees people staff what
were also we're i'm anyway work working sorry oops sole it's`

// enQuestionWords start a question.
var enQuestionWords = `what which how where who when why can could should is are do does`

// enQuestionFiller are the other words a question leans on the clause before with ("what is there for that").
var enQuestionFiller = `there that this those these doing start options possible about with have would get find obtain`

// enWishWords ask, want, weigh a plan or name a trouble ("I want", "thinking about", "we are bankrupt").
var enWishWords = `considering thinking maybe want wants need needs looking look seeking how what which where can
should bankrupt sick hacked debt debts`

// enForWhomFiller are the other words of saying whom a question is for ("for my staff, not myself").
var enForWhomFiller = `for not myself me but all own`

// enSizeAlone give a company's size class when they are the whole message.
var enSizeAlone = map[string]string{"small": "klein", "medium": "middelgroot", "large": "groot"}

// enNameIntros open a clause that gives the asker's name.
var enNameIntros = []string{"my name is ", "my name's "}

// enBroadAims: see nlBroadAims.
var enBroadAims = `grow growing growth expand expanding expansion scale scaling bigger`

// enCompanyNouns: see nlCompanyNouns.
var enCompanyNouns = `business company firm`

// enBusinessNouns: see nlBusinessNouns.
var enBusinessNouns = enCompanyNouns + ` shop`

// enBusinessKinds: see nlBusinessKinds ("SME in Limburg", "company based in Delft"). "business" is none.
var enBusinessKinds = `sme company firm`

// enExpansionWords: see nlExpansionWords.
var enExpansionWords = `second third another additional extra`

// enOpenVerbs: see nlOpenVerbs.
var enOpenVerbs = `open opening start starting`

// enPremisesNouns: see nlPremisesNouns.
var enPremisesNouns = `location branch store office site premises`

// enSizeAdjectives: see nlSizeAdjectives.
var enSizeAdjectives = `small smaller little tiny big bigger large larger medium-sized`

// enStartVerbs: see nlStartVerbs ("open a tattoo shop", "set up a company"). "set" counts before "up" only.
var enStartVerbs = `start starting open opening launch launching found founding establish establishing`

// enBusinessHeads: see nlBusinessHeads. English writes its compounds apart: the head is the last word of the noun
// ("a dog grooming business").
var enBusinessHeads = `business company firm shop store salon practice agency studio restaurant cafe café bakery
webshop startup start-up bar hotel`

// enBusinessModifier follow a business word that is no business itself but describes a thing of one ("a business
// account", "a business plan").
var enBusinessModifier = `account accounts plan plans loan loans card insurance name partner partners premises idea
ideas model owner owners license licence permit registration address bank car phone email website trip expenses
course degree rates tax`

// enSelfWords: see nlSelfWords ("start for myself"; "on my own" is read apart).
var enSelfWords = `myself ourselves`

// enBecomeVerbs: see nlBecomeVerbs ("become self-employed", "go freelance").
var enBecomeVerbs = `become becoming be go going turn`

// enBecomeSelf: see nlBecomeSelf.
var enBecomeSelf = `self-employed selfemployed freelance freelancer entrepreneur boss`

// enEmployedBefore: see nlEmployedBefore ("start at a company", "working for a shop").
var enEmployedBefore = `at for in of within`

// enJobWords: see nlJobWords ("start as an intern").
var enJobWords = `employee intern trainee apprentice volunteer student job employer`

// enPartnerWords: see nlPartnerWords.
var enPartnerWords = `partner friend brother sister son daughter husband wife colleague cofounder co-founder`

// enJoinWords: see nlJoinWords ("join my company", "co-owner").
var enJoinWords = `join joins joining co-owner`

// enComeVerbs: see nlComeVerbs ("come into the business").
var enComeVerbs = `come comes coming`

// enTogether: see nlTogether.
var enTogether = `together`

// enPartyDeterminers: see nlPartyDeterminers.
var enPartyDeterminers = `my our the your`

// enSayingVerbs: see nlSayingVerbs.
var enSayingVerbs = `says said tells told advises advised recommends recommended suggests suggested claims claimed warns
warned`

// enNationalPeople name the people of a country outside the EU as a noun, which says it of a person by itself ("we
// hired two Brazilians"). Their adjectives are lexicon.NationalAdjectivesEN, shared with demand/scrub.
var enNationalPeople = `indians brazilians turks syrians americans moroccans afghans eritreans pakistanis
	indonesians filipinos egyptians iranians iraqis canadians mexicans colombians venezuelans nigerians ghanaians
	kenyans ethiopians somalis ukrainians russians brits`

// enPersonNouns are people a nationality adjective may describe ("a Turkish engineer", "my Indian chef").
var enPersonNouns = `chef chefs cook cooks engineer engineers employee employees worker workers staff developer
	developers programmer programmers nurse nurses doctor doctors student students graduate graduates founder founders
	cofounder co-founder entrepreneur entrepreneurs partner wife husband girlfriend boyfriend friend friends colleague
	colleagues specialist specialists expert experts researcher researchers scientist candidate candidates applicant
	applicants recruit citizen citizens national nationals refugee refugees person people man woman guy family manager
	consultant technician technicians mechanic driver drivers cleaner cleaners waiter waiters talent freelancer`

// enNationalSelf come before a nationality adjective that says it of a person: "I'm American", "my wife is Syrian".
var enNationalSelf = `i'm im am we're are is`

// enTradeNouns are what a nationality adjective before them makes a trade of, not an origin: "Indian restaurant staff".
var enTradeNouns = `restaurant restaurants food cuisine shop shops store stores takeaway kitchen catering`

// enEUNationals: see nlEUNationals ("Polish workers"). "Pools" and "fins" are left out of the Dutch list as English
// nouns.
var enEUNationals = `germany german germans belgium belgian belgians france french spain spanish italy italian
	italians poland polish romania romanian romanians bulgaria bulgarian bulgarians portugal portuguese greece greek
	greeks austria austrian sweden swedish swede swedes denmark danish dane danes finland finnish ireland irish
	luxembourg hungary hungarian hungarians czech czechia slovakia slovak slovenia slovenian croatia croatian
	croatians estonia estonian latvia latvian lithuania lithuanian cypriot norway norwegian norwegians iceland
	icelandic switzerland swiss`

// informationTechnology writes the capitals "IT" in a message that is not all capitals as "ICT": "an IT
// consultancy", "our IT security", "IT-support". Lower-cased, "IT" was the pronoun "it", a stopword, and the
// question lost what it is about; "ICT" is how the catalogue says it, in Dutch and English.
func informationTechnology(text string) string {
	if !strings.Contains(text, "IT") || strings.ToUpper(text) == text {
		return text
	}
	toks := strings.Split(text, " ")
	for i, t := range toks {
		core := strings.TrimRight(t, ",.;:!?)")
		if core == "IT" || strings.HasPrefix(core, "IT-") {
			toks[i] = "ICT" + t[2:]
		}
	}
	return strings.Join(toks, " ")
}
