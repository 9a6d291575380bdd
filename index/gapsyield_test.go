package index

import (
	"slices"
	"strings"
	"testing"
)

// A known gap yields to an offer or answer the question names in its own words, and keeps a question that asks
// about its topic in its own pattern, whatever story is told around it. The wordings are the tests' own.
func TestGapsYieldToWhatIsNamed(t *testing.T) {
	ix := mustIndex(t)
	gaps := []gapCase{
		// Told as starting a business, asked in the gap's own words.
		{"I'm starting a webshop, which payment provider should I choose?", "betaalprovider-kiezen"},
		{"ik begin een eigen zaak, welk boekhoudprogramma is handig?", "boekhoudprogramma-kiezen"},
		{"we are opening a cafe, which card terminal should we get?", "betaalprovider-kiezen"},
		// The gap's own topic, for the legal forms it is about.
		{"ik heb een eenmanszaak, hoeveel mag ik mezelf per maand uitbetalen?", "mezelf-uitbetalen-eenmanszaak"},
		{"mag ik mezelf uitbetalen als mijn eenmanszaak verlies maakt", "mezelf-uitbetalen-eenmanszaak"},
		{"mag ik mijn laptop aftrekken als ik hem ook prive gebruik", "laptop-of-telefoon-aftrekken"},
		{"mijn webbouwer heeft de domeinnaam op zijn naam gezet, hoe krijg ik hem terug", "domeinnaam-vastleggen"},
	}
	near := []nearCase{
		// A distinctive word of an offer's names that no gap's topic is talked about in.
		{"ik wil een merk en een domeinnaam registreren", "merk-registreren"},
		{"welke domeinnaam kies ik en moet ik mijn merk laten registreren?", "merk-registreren"},
		// A name the gap's text only mentions (the laptop gap explains the KIA's threshold).
		{"mag ik mijn laptop aftrekken, krijg ik kia?", "kia"},
		{"is my laptop deductible, do I get KIA?", "kia"},
		{"telefoon zakelijk gekocht, telt die mee voor de kia?", "kia"},
		// An offer's name of two words said together (the payment gap's text mentions a KVK registration).
		{"ik start een webshop, welke betaalprovider en moet ik me inschrijven bij de kvk?", "kvk-inschrijven"},
		{"welk boekhoudprogramma, en hoe lang moet ik mijn administratie bewaren?", "administratie-bewaarplicht"},
		// Paying yourself from a bv is a dga's salary, not an eenmanszaak's private withdrawal.
		{"hoeveel mag ik mezelf uitbetalen uit mijn bv?", "gebruikelijk-loon-dga"},
		{"ik heb sinds vorig jaar een bv en vraag me af hoeveel ik mezelf mag uitbetalen", "gebruikelijk-loon-dga"},
		{"how much can I pay myself from my bv?", "gebruikelijk-loon-dga"},
		// The part of a title before its parenthesis is a name of one word ("Kleineondernemersregeling (KOR) ...").
		{"welk boekhoudprogramma past bij de kleineondernemersregeling?", "kor"},
		// Two words that follow each other in a name ("Registering with KVK").
		{"I want to open a webshop and accept iDEAL, do I need to register with KVK?", "kvk-inschrijven"},
		// A curated answer's pattern held whole, by a word few offers have that the gap only mentions.
		{"ik registreer een domeinnaam en moet ook nog een handelsnaam kiezen", "handelsnaam-kiezen"},
		// Topics the known gaps do not cover, named beside theirs.
		{"ik vraag een aanbetaling aan mijn klant, moet ik daar btw over rekenen?", "btw-ondernemers"},
		{"moet mijn bv de jaarrekening deponeren en wat moet in het ubo-register?", "ubo-register"},
		{"mag ik een proeftijd afspreken en moet ik loon doorbetalen bij ziekte?", "loondoorbetaling-bij-ziekte"},
		{"my employee fell at work, do I need to report it to the labour inspectorate and do we need an RI&E?", "rie"},
	}
	checkGaps(t, ix, gaps, near)
}

// An answer for the other class of legal forms is no answer: the dga's salary is not for an eenmanszaak or a vof.
func TestAnswerForTheOtherLegalForm(t *testing.T) {
	ix := mustIndex(t)
	for _, q := range []string{
		"mag ik mezelf uitbetalen als mijn eenmanszaak verlies maakt",
		"hoe betaal ik mezelf uit met een vof",
		"hoeveel loon geef ik mezelf als eenmanszaak",
	} {
		t.Run(q, func(t *testing.T) {
			if res := mustSearch(t, ix, q); slices.Contains(res.Answers, "gebruikelijk-loon-dga") {
				t.Errorf("answers %v: the dga's salary for an asker without a bv", res.Answers)
			}
		})
	}
}

// "rekening houden met" and "take into account" weigh things up; they name no account.
func TestConsideringIdiom(t *testing.T) {
	tests := []struct {
		q    string
		want string // the words of the idiom, in order
	}{
		{"waar moet ik rekening mee houden als ik personeel aanneem", "rekening houden"},
		{"moet ik rekening houden met de btw", "rekening houden"},
		{"houd er rekening mee dat het duurt", "houd rekening"},
		{"what should I take into account when I hire staff", "take account"},
		{"what do I need to take all of that into account", "take account"},
		{"ik houd mijn zakelijke rekening gescheiden van prive", ""},
		{"ik stuur een rekening met btw", ""},
		{"how do I open a business account", ""},
		{"my account was blocked, what can I take from it", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			ws := words(tt.q)
			var got []string
			for i, in := range consideringIdiom(ws) {
				if in {
					got = append(got, ws[i])
				}
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("idiom words %q, want %q", got, tt.want)
			}
		})
	}
	ix := mustIndex(t)
	for _, q := range []string{"what should I take into account when I hire staff", "waar moet ik rekening mee houden als ik personeel aanneem"} {
		t.Run("search "+q, func(t *testing.T) {
			if got := ids(mustSearch(t, ix, q)); slices.Contains(got[:min(3, len(got))], "g-rekening") {
				t.Errorf("offers %v: an idiom of weighing up found the G-rekening", got)
			}
		})
	}
}

// A pattern of one content word beside generic words is a phrase: the generic words must be said too ("reclame
// regels" is no pattern of every question with "reclame"), and said they count ("terms and conditions").
func TestPatternsKeepTheirGenericWords(t *testing.T) {
	ix := mustIndex(t)
	gaps := []gapCase{
		{"welke regels gelden voor reclame op mijn bedrijfsbus?", "reclameregels"},
	}
	near := []nearCase{
		{"ik wil reclame maken met een lichtbak aan mijn gevel, heb ik een vergunning nodig?", ""},
		{"what should be in my terms and conditions as a freelance designer", "algemene-voorwaarden"},
		{"ik heb een side business naast mijn baan, moet ik dat melden", "bedrijf-naast-baan"},
		{"mijn oude auto van de zaak verkopen", "auto-zakelijk-of-prive"},
	}
	checkGaps(t, ix, gaps, near)
	// "write a business plan" is not "write".
	if res := mustSearch(t, ix, "how do I write a blog for my website"); slices.Contains(res.Answers, "ondernemingsplan-schrijven") {
		t.Errorf("answers %v: writing a blog is no business plan", res.Answers)
	}
}
