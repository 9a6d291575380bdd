package understand

import (
	"slices"
	"strings"
	"testing"
)

// intentCases are messages as entrepreneurs type them, in Dutch and English, with the intent they carry.
var intentCases = []struct {
	text string
	want Intent
}{
	// About the bot itself: a question, not a request for a person.
	{"Ben jij een mens?", IntentAbout},
	{"ben je een robot", IntentAbout},
	{"praat ik met een mens of een computer?", IntentAbout},
	{"Wie heeft jou gemaakt en waar haal je je informatie vandaan?", IntentAbout},
	{"Are you a human?", IntentAbout},
	{"am I talking to a bot?", IntentAbout},
	{"where do you get your information from?", IntentAbout},
	// "What do you mean?": the bot's own question was unclear.
	{"Wat bedoel je?", IntentExplain},
	{"hoe bedoel je dat", IntentExplain},
	{"What do you mean?", IntentExplain},
	{"sorry, I don't understand the question", IntentExplain},
	// A check of what was said, no topic of its own.
	{"Klopt dat wel?", IntentCheck},
	{"is dat echt zo?", IntentCheck},
	{"Is that really true?", IntentCheck},
	{"klopt niet", IntentNegative},
	// Hand-off.
	{"Ik wil met een adviseur praten", IntentHandoff},
	{"Kan iemand mij bellen?", IntentHandoff},
	{"kan iemand me bellen", IntentHandoff},
	{"ik wil iemand spreken", IntentHandoff},
	{"Ik wil graag iemand spreken over mijn situatie", IntentHandoff},
	{"mens", IntentHandoff},
	{"een mens graag", IntentHandoff},
	{"praat met een mens", IntentHandoff},
	{"ik wil een mens spreken", IntentHandoff},
	{"Kan ik met een medewerker praten?", IntentHandoff},
	{"bel mij maar", IntentHandoff},
	{"wilt u mij terugbellen", IntentHandoff},
	{"ik wil graag teruggebeld worden", IntentHandoff},
	{"liever persoonlijk contact", IntentHandoff},
	{"kan ik de community manager spreken", IntentHandoff},
	{"is er een echte persoon?", IntentHandoff},
	{"adviseur", IntentHandoff},
	{"medewerker", IntentHandoff},
	{"kunt u mij doorverbinden", IntentHandoff},
	{"kan iemand contact met mij opnemen", IntentHandoff},
	{"ik wil contact met iemand van jullie", IntentHandoff},
	{"Can I talk to a person?", IntentHandoff},
	{"I'd rather talk to a person", IntentHandoff},
	{"I’d rather speak to a human", IntentHandoff},
	{"human", IntentHandoff},
	{"talk to a human please", IntentHandoff},
	{"can someone call me", IntentHandoff},
	{"call me", IntentHandoff},
	{"I want to speak to someone", IntentHandoff},
	{"can I talk with someone", IntentHandoff},
	{"is there a real person here", IntentHandoff},
	{"put me through to a representative", IntentHandoff},
	{"I would like to talk to an advisor", IntentHandoff},
	{"please contact me", IntentHandoff},
	{"agent", IntentHandoff},
	// Erasure.
	{"vergeet mij", IntentErase},
	{"oeps, vergeet mij alsjeblieft", IntentErase},
	{"Vergeet me!", IntentErase},
	{"wis mijn gegevens", IntentErase},
	{"verwijder mijn gegevens", IntentErase},
	{"kun je mijn gegevens verwijderen", IntentErase},
	{"wil je mijn gegevens wissen", IntentErase},
	{"verwijder alles over mij", IntentErase},
	{"wis dit gesprek", IntentErase},
	{"kun je dit gesprek verwijderen", IntentErase},
	{"vergeet alles wat ik zei", IntentErase},
	{"forget me", IntentErase},
	{"please forget me", IntentErase},
	{"delete my data", IntentErase},
	{"erase my data please", IntentErase},
	{"can you delete all my data", IntentErase},
	{"remove my data", IntentErase},
	{"delete this conversation", IntentErase},
	{"forget everything I said", IntentErase},
	{"wipe my details", IntentErase},
	// Privacy.
	{"privacy", IntentPrivacy},
	{"AVG", IntentPrivacy},
	{"wat doe je met mijn gegevens", IntentPrivacy},
	{"Wat doen jullie met mijn gegevens?", IntentPrivacy},
	{"wat bewaar je", IntentPrivacy},
	{"wat bewaren jullie van mij", IntentPrivacy},
	{"sla je mijn vragen op?", IntentPrivacy},
	{"wat weet je over mij", IntentPrivacy},
	{"wat gebeurt er met mijn gegevens", IntentPrivacy},
	{"zijn mijn persoonsgegevens veilig", IntentPrivacy},
	{"what do you store", IntentPrivacy},
	{"what do you do with my data", IntentPrivacy},
	{"do you store my questions", IntentPrivacy},
	{"do you keep my messages", IntentPrivacy},
	{"is this private", IntentPrivacy},
	{"GDPR", IntentPrivacy},
	{"privacy policy?", IntentPrivacy},
	{"who can help me with this?", IntentContact},
	{"who can use this scheme?", IntentConditions},
	{"who can read this", IntentPrivacy},
	// Restart.
	{"opnieuw", IntentRestart},
	{"begin opnieuw", IntentRestart},
	{"Laten we opnieuw beginnen", IntentRestart},
	{"reset", IntentRestart},
	{"ik heb een nieuwe vraag", IntentRestart},
	{"ik heb een andere vraag", IntentRestart},
	{"nog een keer vanaf het begin", IntentRestart},
	{"helemaal opnieuw graag", IntentRestart},
	{"restart", IntentRestart},
	{"start over", IntentRestart},
	{"let's start again", IntentRestart},
	{"new question", IntentRestart},
	{"I have another question", IntentRestart},
	{"can we begin again", IntentRestart},
	// Negative feedback.
	{"dit helpt niet", IntentNegative},
	{"Dit slaat nergens op.", IntentNegative},
	{"dat slaat echt nergens op", IntentNegative},
	{"this makes no sense", IntentNegative},
	{"That's not what I asked", IntentNegative},
	{"Dit helpt me niet", IntentNegative},
	{"daar heb ik niks aan", IntentNegative},
	{"hier heb ik niets aan", IntentNegative},
	{"dat is niet wat ik zoek", IntentNegative},
	{"klopt niet", IntentNegative},
	{"slecht antwoord", IntentNegative},
	{"niet nuttig", IntentNegative},
	{"waardeloos", IntentNegative},
	{"dit past niet bij mijn bedrijf", IntentNegative},
	{"te klein voor ons", IntentNegative},
	{"die bedragen zijn te klein voor onze zaak", IntentNegative},
	{"dat is niks voor ons", IntentNegative},
	{"too small for us", IntentNegative},
	{"that's not for us", IntentNegative},
	{"geldt dat niet voor ons?", IntentNone},
	{"is mijn bedrijf te klein voor de wbso?", IntentNone},
	// Asking what else there is.
	{"andere opties?", IntentMore},
	{"Zijn er nog andere mogelijkheden?", IntentMore},
	{"en nog meer?", IntentMore},
	{"alternatieven?", IntentMore},
	{"any other options?", IntentMore},
	{"anything else?", IntentMore},
	{"👍", IntentYes},
	{"👍👍", IntentYes},
	{"🙏", IntentThanks},
	{"👎", IntentNo},
	{"hoe werkt dat OSS", IntentApply},
	{"hoe werkt de WBSO?", IntentApply},
	{"how does that work?", IntentApply},
	{"is it free?", IntentAmount},
	{"wat doen jullie eigenlijk", IntentHelp},
	{"wat is wegwijzer?", IntentHelp},
	{"what is wegwijzer?", IntentHelp},
	{"wat is er nu dan", IntentMore},
	{"wat dan wel?", IntentMore},
	{"what then?", IntentMore},
	{"andere subsidie voor zonnepanelen?", IntentNone},
	{"niet relevant voor mij", IntentNegative},
	{"dat heb ik al geprobeerd", IntentNegative},
	{"je hebt me niet geholpen", IntentNegative},
	{"this doesn't help", IntentNegative},
	{"not helpful", IntentNegative},
	{"that did not help at all", IntentNegative},
	{"useless", IntentNegative},
	{"that's not what I asked", IntentNegative},
	{"wrong answer", IntentNegative},
	{"not relevant to me", IntentNegative},
	// Thanks.
	{"Dank je wel!", IntentThanks},
	{"dankjewel", IntentThanks},
	{"bedankt", IntentThanks},
	{"top, bedankt!", IntentThanks},
	{"super bedankt", IntentThanks},
	{"dank u wel", IntentThanks},
	{"Hartelijk dank", IntentThanks},
	{"merci", IntentThanks},
	{"thx", IntentThanks},
	{"thanks", IntentThanks},
	{"Thank you!", IntentThanks},
	{"thanks a lot", IntentThanks},
	{"cheers", IntentThanks},
	{"much appreciated", IntentThanks},
	// Yes, no.
	{"ja", IntentYes},
	{"Ja!", IntentYes},
	{"jazeker", IntentYes},
	{"dit helpt", IntentYes},
	{"ja, dit helpt", IntentYes},
	{"handig", IntentYes},
	{"prima", IntentYes},
	{"ok", IntentYes},
	{"yes", IntentYes},
	{"yes, this helps", IntentYes},
	{"great", IntentYes},
	{"that helps", IntentYes},
	{"nee", IntentNo},
	{"Nee.", IntentNo},
	{"niet echt", IntentNo},
	{"nee helaas", IntentNo},
	{"no", IntentNo},
	{"nope", IntentNo},
	{"not really", IntentNo},
	// Help, refine, greeting.
	{"help", IntentHelp},
	{"?", IntentHelp},
	{"hulp", IntentHelp},
	{"wat kun je?", IntentHelp},
	{"wat kun jij allemaal", IntentHelp},
	{"hoe werkt dit", IntentHelp},
	{"what can you do", IntentHelp},
	{"how does this work?", IntentHelp},
	{"menu", IntentHelp},
	{"anders", IntentRefine},
	{"iets anders", IntentRefine},
	{"something else", IntentRefine},
	{"hoi", IntentGreeting},
	{"Hallo!", IntentGreeting},
	{"goedemorgen", IntentGreeting},
	{"hi", IntentGreeting},
	{"hello there", IntentGreeting},
	// Saying goodbye, and asking whether anyone is there (probes5).
	{"ok doei", IntentBye},
	{"tot ziens!", IntentBye},
	{"bye", IntentBye},
	{"is daar iemand?", IntentAbout},
	{"hello, is anyone there?", IntentAbout},
	{"is er iemand die mij kan helpen met een subsidie?", IntentHandoff},
	{"en in het Nederlands?", IntentLanguage},
	{"in English please", IntentLanguage},
	{"kun je Engels praten?", IntentLanguage},
	{"welke regels gelden voor Engelse klanten?", IntentNone},
	// Follow-ups.
	{"Wat is het maximale bedrag?", IntentAmount},
	{"hoeveel krijg ik?", IntentAmount},
	{"hoe hoog is die subsidie", IntentAmount},
	{"welk percentage is dat", IntentAmount},
	{"wat levert dat op", IntentAmount},
	{"hoeveel geld is het", IntentAmount},
	{"how much can I get?", IntentAmount},
	{"what is the maximum amount", IntentAmount},
	{"what percentage is it", IntentAmount},
	{"kom ik in aanmerking?", IntentConditions},
	{"wat zijn de voorwaarden", IntentConditions},
	{"voor wie is de eerste", IntentConditions},
	{"geldt dat ook voor mij?", IntentConditions},
	{"mag ik die gebruiken als zzp'er", IntentConditions},
	{"welke eisen zijn er", IntentConditions},
	{"am I eligible?", IntentConditions},
	{"do I qualify", IntentConditions},
	{"what are the conditions", IntentConditions},
	{"what are the requirements for that", IntentConditions},
	{"Hoe vraag ik dat aan?", IntentApply},
	{"hoe vraag ik die subsidie aan", IntentApply},
	{"waar kan ik dat aanvragen", IntentApply},
	{"hoe dien ik een aanvraag in", IntentApply},
	{"hoe meld ik me aan", IntentApply},
	{"hoe werkt het?", IntentApply},
	{"how do I apply?", IntentApply},
	{"how do I apply for the first one", IntentApply},
	{"where do I sign up", IntentApply},
	{"tot wanneer kan dat?", IntentDeadline},
	{"wat is de deadline", IntentDeadline},
	{"wanneer is de volgende ronde", IntentDeadline},
	{"is die nog open?", IntentDeadline},
	{"wanneer sluit het", IntentDeadline},
	{"what's the deadline", IntentDeadline},
	{"when is the next round", IntentDeadline},
	{"is it still open?", IntentDeadline},
	{"until when can I use it", IntentDeadline},
	{"wie moet ik bellen?", IntentContact},
	{"what does that cost?", IntentAmount},
	{"what does registering cost me?", IntentAmount},
	{"wie kan me daarmee helpen?", IntentContact},
	{"kan er iemand met me meedenken?", IntentHandoff},
	{"kan er iemand langskomen?", IntentHandoff},
	{"wat is het telefoonnummer", IntentContact},
	{"bij wie moet ik zijn", IntentContact},
	{"contactgegevens?", IntentContact},
	{"waar kan ik terecht", IntentContact},
	{"who should I call", IntentContact},
	{"who do I contact", IntentContact},
	{"what is their phone number", IntentContact},
	{"wat is het verschil tussen de EIA en de MIA?", IntentDifference},
	{"wat is het verschil tussen de eerste en de tweede", IntentDifference},
	{"welke is beter voor mij", IntentDifference},
	{"kun je ze vergelijken", IntentDifference},
	{"what's the difference between them", IntentDifference},
	{"which one is better", IntentDifference},
	{"compare the first and second", IntentDifference},
	// Questions: no intent.
	{"subsidie voor zonnepanelen", IntentNone},
	{"Ik heb een bakkerij en wil minder gas verbruiken", IntentNone},
	{"ik zoek personeel", IntentNone},
	{"mijn klant betaalt niet", IntentNone},
	{"ik wil een leerling aannemen", IntentNone},
	{"grant for an electric van", IntentNone},
	{"I want to hire an apprentice", IntentNone},
	{"niet in Drenthe", IntentNone},
	{"geen lening", IntentNone},
	{"nee, eigenlijk zit ik in Zwolle", IntentNone},
	{"ja maar ik heb een webshop en wil exporteren naar Duitsland", IntentNone},
	{"Moet mijn webshop voldoen aan de AVG-regels voor klantgegevens?", IntentNone},
	{"ik heb een horecazaak in Groningen", IntentNone},
	{"energie besparen", IntentNone},
	{"export to Germany", IntentNone},
	// Probes of issue 11 (new users): typos, contractions, the next step, the first cue of several follow-ups.
	{"hoevel krijg ik", IntentAmount},
	{"hoeveal is het", IntentAmount},
	{"bedankd!", IntentThanks},
	{"kom ik in aanmerkin?", IntentConditions},
	{"am I elegible?", IntentConditions},
	{"wat is het verchil tussen die twee", IntentDifference},
	{"ik wil mijn bedrijf verkopen", IntentNone}, // one letter off no intent word of typoTolerant
	{"what's the maximum amount?", IntentAmount},
	{"what's the next step?", IntentApply},
	{"wat is de volgende stap?", IntentApply},
	{"en hoe nu verder?", IntentApply},
	{"tot wanneer kan ik dat aanvragen?", IntentDeadline},
	{"until when can I apply?", IntentDeadline},
	{"hoe vraag ik het aan en tot wanneer?", IntentApply},
	{"kan iemand mij helpen", IntentHandoff},
	{"kan er iemand met mij meedenken", IntentHandoff},
	{"can someone help me?", IntentHandoff},
	{"wie kan me helpen?", IntentContact},
	{"liever bellen: 020-1234567", IntentHandoff},
	{"ik wil liever gebeld worden", IntentHandoff},
	{"I'd rather call", IntentHandoff},
	{"hoe lang duurt het", IntentDuration},
	{"hoe lang moet ik doorbetalen?", IntentDuration},
	{"how long does it take", IntentDuration},
	{"hoe lang nog?", IntentDeadline},
	{"wie controleert dat", IntentContact},
	{"who enforces that?", IntentContact},
	// Probes of issue 11, second round: letters dropped by fast typing.
	{"hovel krijg ik", IntentAmount},
	{"kom ik in aanmerkng", IntentConditions},
	{"wat zijn de vorwarden", IntentConditions},
	{"ik wil het terugbetalen", IntentNone},        // longer than the intent word "terugbellen": no letters dropped
	{"we hebben een hoeve in Brabant", IntentNone}, // a farm: "hoeveel" without its last two letters is a word of its own
	{"wie kan me hiermee helpen", IntentContact},
	{"hoeveel moet ik betalen", IntentAmount},
	{"wat moet ik dan betalen?", IntentAmount},
	{"how much do I have to pay?", IntentAmount},
	{"ik kan mijn belasting niet betalen", IntentNone},
	{"wie moet ik belen", IntentContact},
	{"moet ik daar iets voor invullen?", IntentApply},
	{"kan ik dat ook als ik huur?", IntentConditions},
	{"welke is het beste voor mij?", IntentDifference},
	{"welke past het best bij een kleine zaak?", IntentDifference},
	{"jullie sturen me alleen maar van het kastje naar de muur", IntentNegative},
	{"ik word nergens niet geholpen", IntentNegative},
	{"en wat moet ik doen om die te krijgen?", IntentApply},
	{"what do I need to do to get it?", IntentApply},
	{"does it also work if I rent?", IntentConditions},
	{"which legal form should I choose?", IntentNone}, // "form" is a legal form here, not an application form
	{"kan iemand me belen", IntentHandoff},
}

func TestClassify(t *testing.T) {
	if len(intentCases) < 200 {
		t.Errorf("%d intent cases, want at least 200", len(intentCases))
	}
	for _, tt := range intentCases {
		if got := Classify(tt.text).Intent; got != tt.want {
			t.Errorf("Classify(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestClassifyReferencesAndRest(t *testing.T) {
	tests := []struct {
		text      string
		reference bool
		ordinals  []int
		rest      []string
	}{
		{"hoe vraag ik dat aan", true, nil, nil},
		{"wat is het maximale bedrag", false, nil, nil},
		{"what's the maximum amount?", false, nil, nil},
		{"tell me more about the first one", true, []int{0}, nil},
		{"vertel eens meer over de tweede", true, []int{1}, nil},
		{"voor wie is de eerste", true, []int{0}, nil},
		{"hoe vraag ik de tweede aan", true, []int{1}, nil},
		{"how do I apply for the last one", true, []int{Last}, nil},
		{"wat is het verschil tussen de eerste en de derde", true, []int{0, 2}, []string{"tussen"}},
		{"hoe vraag ik subsidie aan voor zonnepanelen", false, nil, []string{"zonnepanelen"}},
		{"wat is het verschil tussen de eia en de mia", false, nil, []string{"tussen", "eia", "mia"}},
		{"ik heb een andere vraag over btw", false, nil, []string{"btw"}},
		{"wie kan me hiermee helpen", true, nil, nil},
		{"kom ik in aanmerking als we nog geen winst maken?", false, nil, nil},
		{"am I eligible if we don't make a profit yet?", false, nil, nil},
		{"hoeveel krijg ik als ik zonnepanelen koop", false, nil, []string{"zonnepanelen", "koop"}}, // only eligibility
		{"wat houdt de eerste in?", true, []int{0}, nil},
		{"kan ik dat ook als ik huur?", true, nil, nil},
		{"welke past het best bij een kleine zaak?", false, nil, []string{"past"}},
		{"wat is het verschil tussen een eenmanszaak en een bv", false, nil, []string{"tussen", "eenmanszaak", "bv"}},
		{"kom ik in aanmerking, we zijn een softwarebedrijf met 5 man in eindhoven", false, nil, nil},
		{"am i eligible, we are a 5 person software company in eindhoven", false, nil, nil},
		{"what do I have to pay him", true, nil, nil},
		{"wat moet ik haar betalen", true, nil, nil},
		// A reply word or thanks before a follow-up is no topic: "oke en wie moet ik bellen" asks on.
		{"oke en wie moet ik bellen", false, nil, nil},
		{"ja en wie moet ik bellen", false, nil, nil},
		{"okee, wat kost dat?", true, nil, nil},
		{"ok thx, hoe vraag ik het aan", false, nil, nil},
		{"okay and who do I call", false, nil, nil},
		{"thanks, how do I apply?", false, nil, nil},
	}
	for _, tt := range tests {
		r := Classify(tt.text)
		if r.Reference != tt.reference || !slices.Equal(r.Ordinals, tt.ordinals) || !slices.Equal(r.Rest, tt.rest) {
			t.Errorf("Classify(%q) = reference %v, ordinals %v, rest %q; want %v, %v, %q", tt.text, r.Reference, r.Ordinals, r.Rest, tt.reference, tt.ordinals, tt.rest)
		}
	}
}

// BenchmarkClassify reads the intent of questions that have none, the common case: every cue is tried.
func BenchmarkClassify(b *testing.B) {
	texts := []string{"subsidie voor een elektrische bestelbus", "zonnepanelen op het dak van de loods",
		"ik wil een leerling aannemen", "hoe schrijf ik mijn bedrijf in bij de kvk", "wat is het verschil tussen de eia en de mia"}
	i := 0
	for b.Loop() {
		Classify(texts[i%len(texts)])
		i++
	}
}

// TestCandidateCuesHoldEveryCueThatMatches checks the shortcut Classify takes against trying every cue: on the
// test messages and on each cue's own words as a message, every cue that matches is among the candidates.
func TestCandidateCuesHoldEveryCueThatMatches(t *testing.T) {
	var texts []string
	for _, tc := range intentCases {
		texts = append(texts, tc.text)
	}
	for _, ic := range intentTable {
		for _, c := range ic.cues {
			var ws []string
			for _, w := range c.words {
				if prefix, ok := strings.CutSuffix(w, "~"); ok {
					w = prefix + "en" // a prefix matches a longer word
				}
				if w != "*" {
					ws = append(ws, w)
				}
			}
			texts = append(texts, strings.Join(ws, " "), "nou "+strings.Join(ws, " ")+" dan")
		}
	}
	for _, text := range texts {
		ws := words(text)
		cands := candidateCues(ws)
		for i, ic := range intentTable {
			for j, c := range ic.cues {
				if _, ok := match(ws, c); ok && !slices.Contains(cands, cueRef{i, j}) {
					t.Errorf("%q matches cue %q of %s, which is no candidate", text, strings.Join(c.words, " "), ic.intent)
				}
			}
		}
	}
}

// TestClassifyAlso: a message that asks two follow-ups names the second in Also.
func TestClassifyAlso(t *testing.T) {
	for _, tt := range []struct {
		text string
		want Intent
		also []Intent
	}{
		{"hoeveel krijg ik en hoe vraag ik het aan?", IntentAmount, []Intent{IntentApply}},
		{"how much is it and until when can I apply?", IntentAmount, []Intent{IntentDeadline}},
		{"hoe vraag ik het aan", IntentApply, nil},
		{"tot wanneer kan ik dat aanvragen?", IntentDeadline, nil},
		{"wat zijn de voorwaarden en wie moet ik bellen", IntentConditions, []Intent{IntentContact}},
	} {
		r := Classify(tt.text)
		if r.Intent != tt.want || !slices.Equal(r.Also, tt.also) {
			t.Errorf("Classify(%q) = %q also %v, want %q also %v", tt.text, r.Intent, r.Also, tt.want, tt.also)
		}
	}
}

func TestAsksPresence(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"is daar iemand?", true},
		{"Hallo, is daar iemand?", true},
		{"hello, is anyone there?", true},
		{"anybody there", true},
		{"ben jij een bot?", false},
		{"praat ik met een mens of een computer?", false},
		{"are you a real person?", false},
		{"is er iemand die mij kan helpen met de btw", false},
	} {
		if got := AsksPresence(tt.text); got != tt.want {
			t.Errorf("AsksPresence(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A sentence about the asker after an eligibility question is the condition (Situation); the question's own words
// stay what is asked about (Rest), to the last one before the question mark.
func TestClassifySituationAfterQuestion(t *testing.T) {
	for _, tt := range []struct {
		text            string
		rest, situation []string
	}{
		{"kom ik in aanmerking voor de wbso? ik heb een softwarebedrijf", []string{"wbso"}, []string{"softwarebedrijf"}},
		{"am I eligible for the wbso? my company builds software", []string{"wbso"}, []string{"company", "builds", "software"}},
		// A curly apostrophe in the sentence about the asker splits no word of it in two.
		{"am I eligible for the wbso? we’re building software", []string{"wbso"}, []string{"building", "software"}},
		// Nothing after the question mark, or a sentence that does not tell about the asker: no condition.
		{"kom ik in aanmerking voor de wbso?", []string{"wbso"}, nil},
		{"kom ik in aanmerking voor de wbso? graag snel antwoord", []string{"wbso", "snel", "antwoord"}, nil},
	} {
		r := Classify(tt.text)
		if r.Intent != IntentConditions || !slices.Equal(r.Rest, tt.rest) || !slices.Equal(r.Situation, tt.situation) {
			t.Errorf("Classify(%q) = %s, rest %q, situation %q; want conditions, rest %q, situation %q", tt.text, r.Intent, r.Rest, r.Situation, tt.rest, tt.situation)
		}
	}
}
