package understand

import (
	"slices"
	"strings"
	"testing"
)

func TestNegation(t *testing.T) {
	tests := []struct {
		text    string
		negated []string
		search  string // "" = the text as written
	}{
		{"subsidie voor zonnepanelen, niet in Drenthe", []string{"drenthe"}, "subsidie voor zonnepanelen"},
		{"geen lening, wel subsidie voor een warmtepomp", []string{"lening"}, "wel subsidie voor een warmtepomp"},
		{"ik zoek financiering maar geen lening of krediet", []string{"lening", "krediet"}, "ik zoek financiering maar"},
		{"ik ben zzp zonder personeel en wil verduurzamen", []string{"personeel"}, "ik ben zzp en wil verduurzamen"},
		{"ik heb geen personeel, hoe regel ik mijn pensioen", []string{"personeel"}, "ik heb hoe regel ik mijn pensioen"},
		{"alles behalve de EIA graag", []string{"eia"}, "alles graag"},
		{"a grant for solar panels, not a loan", []string{"loan"}, "a grant for solar panels"},
		{"I don't want a loan but a subsidy", []string{"loan"}, "i but a subsidy"},
		{"We have no employees and want to export", []string{"employees"}, "we have and want to export"},
		// English writes a compound apart: the cue rejects the noun phrase, not its first word.
		{"no highly skilled migrant visa for me, which permit lets me freelance", []string{"highly", "skilled", "migrant"}, "visa for me which permit lets me freelance"},
		{"a grant for my shop, not a bank loan", []string{"bank", "loan"}, "a grant for my shop"},
		{"no loans please", []string{"loans"}, "please"},
		{"no less than three clients asked me for an invoice", nil, ""}, // "no less than": at least
		{"I no longer have staff, can I stop the payroll", nil, ""},
		{"can I freelance without paying tax", []string{"paying"}, "can i freelance tax"},
		// Lack or failure: the words after the negation are the question.
		{"ik kan geen personeel vinden", nil, ""},
		{"ik krijg geen lening bij de bank", nil, ""},
		{"ik wil een lunchroom beginnen maar de bank geeft me geen lening", nil, ""},
		{"the bank gives us no loan for the shop", nil, ""},
		{"de bank wil me geen lening", []string{"lening"}, "de bank wil me"},
		{"mijn klant betaalt niet", nil, ""},
		{"de klant wil al drie maanden niet betalen", nil, ""},
		{"ik weet niet welke subsidie bij mij past", nil, ""},
		{"I can't find staff for my restaurant", nil, ""},
		{"ik heb geen geld meer voor de huur", nil, ""},
		{"ik wil niet meer zoveel gas verbruiken", nil, ""},
		// Disagreeing or unhappy: what follows is the subject.
		{"mijn medewerkers gaan niet akkoord met cameratoezicht", nil, ""},
		{"ik ben het niet eens met de aanslag", nil, ""},
		{"we are not happy with the new rules", nil, ""},
		{"kan ik subsidie krijgen zonder personeel", []string{"personeel"}, "kan ik subsidie krijgen"},
		// Short of something: "geen" or "no" before a lack noun.
		{"tijdelijk geen inkomen uit mijn bedrijf", nil, ""},
		{"we have no customers since the roadworks", nil, ""},
		// Beyond a border: where a customer or the asker is, nothing rejected.
		{"ik verkoop aan een klant buiten de EU, moet ik btw rekenen", nil, ""},
		{"I am a designer from outside the EU, can I freelance here", nil, ""},
		{"we ship to customers outside Europe", nil, ""},
		{"subsidie voor een terras, maar buiten de horeca", []string{"horeca"}, "subsidie voor een terras maar"},
		// Without a formality: whether it is needed is the question.
		{"mag ik werken zonder inschrijving bij de kvk?", nil, ""},
		{"kan ik beginnen zonder vergunning", nil, ""},
		{"can I operate without KVK registration, and do I still pay tax?", nil, ""},
		{"can I sell food without a permit?", nil, ""},
		{"I want to start without registering with the KVK", nil, ""},
		// Without permission: it was missing, the complaint is the question.
		{"een webshop verkoopt mijn tekeningen zonder toestemming", nil, ""},
		{"they put my pictures online without my permission", nil, ""},
	}
	for _, tt := range tests {
		m := Parse(tt.text)
		if !slices.Equal(m.Negated, tt.negated) {
			t.Errorf("Parse(%q).Negated = %q, want %q", tt.text, m.Negated, tt.negated)
		}
		want := tt.search
		if want == "" {
			want = tt.text
		}
		if m.Search != want {
			t.Errorf("Parse(%q).Search = %q, want %q", tt.text, m.Search, want)
		}
	}
}

func TestPersonalDataIsScrubbedAndNotSearched(t *testing.T) {
	tests := []struct{ text, search string }{
		{"subsidie voor een elektrische bestelbus, mail me op jan@bakkerij.nl", "subsidie voor een elektrische bestelbus,"},
		{"bel me op 06-12345678 over subsidie voor zonnepanelen", "over subsidie voor zonnepanelen"},
		{"hoe werkt de WBSO? you can reach me at piet@example.com", "hoe werkt de WBSO?"},
		{"mijn vraag over subsidie voor zonnepanelen: jan@bakkerij.nl", "mijn vraag over subsidie voor zonnepanelen:"},
		// An introduction is no part of the question: "naam" alone searched the trade name.
		{"mijn naam is Karin Smit, subsidie voor een koelcel", ", subsidie voor een koelcel"},
		{"my name is Ahmed, can I get a grant for a cargo bike?", ", can I get a grant for a cargo bike?"},
	}
	for _, tt := range tests {
		m := Parse(tt.text)
		if strings.Contains(m.Text, "@") || strings.Contains(m.Text, "12345678") {
			t.Errorf("Parse(%q).Text = %q still holds personal data", tt.text, m.Text)
		}
		if m.Search != tt.search {
			t.Errorf("Parse(%q).Search = %q, want %q", tt.text, m.Search, tt.search)
		}
	}
}

func TestCorrection(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"nee, eigenlijk zit ik in Zwolle", true},
		{"Nee eigenlijk gaat het om personeel", true},
		{"sorry, ik bedoel Deventer", true},
		{"No, actually we are in Utrecht", true},
		{"I meant a loan", true},
		{"nee wacht, eigenlijk wil ik personeel aannemen", true},
		{"eigenlijk zoek ik een lening", true},
		{"no wait, I need a loan", true},
		{"nee sorry, Deventer", true},
		{"ik wil verduurzamen", false},
		{"nee", false},
		{"eigenlijk weet ik het niet", false},
	}
	for _, tt := range tests {
		if got := Parse(tt.text).Correction; got != tt.want {
			t.Errorf("Parse(%q).Correction = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestLongMessageIsReducedToItsQuestions(t *testing.T) {
	text := "Ik heb een bakkerij in Zwolle met vijf medewerkers. Het gaat al jaren goed en de klanten zijn blij. " +
		"Mijn vader begon de zaak in 1985 en ik nam hem over in 2010. We bakken elke nacht brood voor de hele wijk. " +
		"Welke subsidie is er voor een nieuwe zuinige oven?"
	m := Parse(text)
	want := "Ik heb een bakkerij in Zwolle met vijf medewerkers. Welke subsidie is er voor een nieuwe zuinige oven?"
	if m.Search != want {
		t.Errorf("Search = %q, want %q", m.Search, want)
	}
	// The sentence just before a question that says what goes wrong is what it asks about: without it the question
	// asks about nothing. A sentence before it that tells the story ("Sinds vorig jaar ...") is left out.
	story := "Ik heb een schildersbedrijf met drie man personeel en werk vooral voor particulieren. Sinds vorig jaar " +
		"doe ik ook grote klussen voor aannemers. Eén aannemer betaalt mijn laatste drie facturen niet. Mag ik het " +
		"werk stilleggen tot hij betaalt?"
	if got := Parse(story).Search; !strings.Contains(got, "facturen niet") || strings.Contains(got, "Sinds vorig jaar") {
		t.Errorf("Search = %q, want the first sentence, the unpaid invoices and the question", got)
	}
	if len(m.Sentences) != 5 {
		t.Errorf("Sentences = %q, want 5", m.Sentences)
	}
	if !strings.Contains(strings.ToLower(m.Whole), "brood voor de hele wijk") {
		t.Errorf("Whole = %q, want the whole message, the sentences left out of Search too", m.Whole)
	}
	short := "Ik heb een bakkerij. Welke subsidie is er voor een oven?"
	if got := Parse(short); got.Search != short || got.Whole != "" {
		t.Errorf("a short message is searched whole: Search = %q, Whole = %q (want none)", got.Search, got.Whole)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Hoi. Ik heb een vraag! Kan dat?", []string{"Hoi.", "Ik heb een vraag!", "Kan dat?"}},
		{"Het kost 2.500 euro. Klopt dat", []string{"Het kost 2.500 euro.", "Klopt dat"}},
		{"o.a. subsidie en advies", []string{"o.a. subsidie en advies"}},
		{"regel 1\nregel 2", []string{"regel 1", "regel 2"}},
	}
	for _, tt := range tests {
		if got := sentences(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("sentences(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestLanguage(t *testing.T) {
	tests := []struct {
		text string
		want Lang
		sure bool
	}{
		{"Ik wil mijn bedrijf verduurzamen", NL, true},
		{"How can I get a grant for my company?", EN, true},
		{"EIA", NL, false},
		{"bv of vof?", NL, false}, // "of" is Dutch "or" as often as English "of": it decides nothing
		{"eenmanszaak of bv, wat is beter?", NL, true},
		{"What is the cost of a permit?", EN, true},
		// Short English messages without function words are told by their words of things; "van" that ends a
		// message or stands before an English word is the vehicle, not the Dutch preposition.
		{"electric delivery van", EN, true},
		{"van for deliveries", EN, true},
		{"heat pump", EN, true},
		{"hiring cooks", EN, true},
		{"elektrische bestelbus", NL, false},
		{"de kosten van een warmtepomp", NL, true},
	}
	for _, tt := range tests {
		m := Parse(tt.text)
		if m.Lang != tt.want || m.LangSure != tt.sure {
			t.Errorf("Parse(%q) language = %s (sure %v), want %s (sure %v)", tt.text, m.Lang, m.LangSure, tt.want, tt.sure)
		}
	}
}

// TestInterjectionDoesNotSearch: the "nee" or "ja" a reply opens with asks nothing; "no" before a word rejects it.
func TestInterjectionDoesNotSearch(t *testing.T) {
	tests := []struct {
		text, search string
		negated      []string
	}{
		{"nee, niet in Drenthe", "", []string{"drenthe"}},
		{"Nee niet in Drenthe", "", []string{"drenthe"}},
		{"no, not in Drenthe", "", []string{"drenthe"}},
		{"ja, in Zwolle", "in Zwolle", nil},
		{"okay, and for a bakery?", "and for a bakery?", nil},
		{"no loans please", "please", []string{"loans"}},
		{"nee-verkoper gezocht", "nee-verkoper gezocht", nil}, // a word that starts with "nee" is no interjection
	}
	for _, tt := range tests {
		m := Parse(tt.text)
		if m.Search != tt.search || !slices.Equal(m.Negated, tt.negated) {
			t.Errorf("Parse(%q) = search %q, negated %q; want %q, %q", tt.text, m.Search, m.Negated, tt.search, tt.negated)
		}
	}
}

// TestPlainJoinsSeparableVerbs: the whole message, read for places and sectors, has its separable verbs joined, so
// the verb of "hoe bouw ik pensioen op" is not the building trade.
func TestPlainJoinsSeparableVerbs(t *testing.T) {
	tests := []struct{ text, want string }{
		{"hoe bouw ik pensioen op", "hoe opbouwen ik pensioen"},
		{"Wij bouwen huizen in Zwolle", "Wij bouwen huizen in Zwolle"},
		{"mail me op [EMAIL]", "mail me op"},
	}
	for _, tt := range tests {
		if got := Parse(tt.text).Plain(); got != tt.want {
			t.Errorf("Parse(%q).Plain() = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestAsksRule(t *testing.T) {
	tests := map[string]bool{
		"Mag ik als zzp'er voor één opdrachtgever werken?":    true,
		"Is een RI&E verplicht voor mijn bedrijf?":            true,
		"Do I need a permit to put tables outside my cafe?":   true,
		"am I allowed to sell alcohol in my shop":             true,
		"welke subsidie is er voor zonnepanelen":              false,
		"I need a loan of 30,000 euro to start my food truck": false,
		"hoe vraag ik de WBSO aan":                            false,
	}
	for text, want := range tests {
		if got := AsksRule(text); got != want {
			t.Errorf("AsksRule(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestAsksMoney(t *testing.T) {
	tests := map[string]bool{
		"is er subsidie voor zonnepanelen":                 true,
		"hoe financier ik een nieuwe machine":              true,
		"I need a loan of 30,000 euro":                     true,
		"wie betaalt het loon tijdens zwangerschapsverlof": true,
		"mijn medewerkster is zwanger, wat nu?":            false,
		"Do I need a permit to put tables outside":         false,
		"hoe schrijf ik mijn bedrijf in bij de kvk":        false,
	}
	for text, want := range tests {
		if got := AsksMoney(text); got != want {
			t.Errorf("AsksMoney(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestPartsAreTheAskingSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Hoe bouw ik pensioen op? En wat is jaarruimte, niet de AOW?", []string{"hoe opbouwen ik pensioen", "en wat is jaarruimte"}},
		{"Hoe bouw ik pensioen op als zzp'er?", nil},
	}
	for _, tt := range tests {
		if got := Parse(tt.text).Parts; !slices.Equal(got, tt.want) {
			t.Errorf("%q: Parts = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// "IT" in capitals is information technology, searched as "ict"; "it" in lower case, or a message in capitals,
// stays the pronoun.
func TestInformationTechnology(t *testing.T) {
	tests := []struct {
		text string
		ict  bool
	}{
		{"I want to open a small IT consultancy", true},
		{"we need better IT-security for our shop", true},
		{"how do I register it with the KVK", false},
		{"WHAT IS IT", false},
	}
	for _, tt := range tests {
		m := Parse(tt.text)
		if got := strings.Contains(strings.ToLower(m.Search), "ict"); got != tt.ict {
			t.Errorf("Parse(%q).Search = %q, ict %v, want %v", tt.text, m.Search, got, tt.ict)
		}
	}
}
