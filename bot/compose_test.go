package bot

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/understand"
)

func TestStatusText(t *testing.T) {
	cat := mustCatalogue(t)
	today := time.Date(2026, 12, 6, 12, 0, 0, 0, time.UTC)
	rounds := []wegwijzer.Round{{Opens: "2025-03-01", Closes: "2025-03-31"}, {Opens: "2026-12-01", Closes: "2026-12-20"}}
	tests := []struct {
		name string
		o    wegwijzer.Offer
		l    lang
		want string
	}{
		{"open", wegwijzer.Offer{Status: wegwijzer.StatusOpen}, nl, "Open: je kunt het nu gebruiken"},
		{"open until", wegwijzer.Offer{Status: wegwijzer.StatusOpen, ValidUntil: "2027-12-31"}, nl, "Open tot 31 december 2027"},
		{"open until, English", wegwijzer.Offer{Status: wegwijzer.StatusOpen, ValidUntil: "2027-12-31"}, en, "Open until December 31, 2027"},
		{"ongoing", wegwijzer.Offer{Status: wegwijzer.StatusDoorlopend}, nl, "Doorlopend: op elk moment te gebruiken"},
		{"unconfirmed", wegwijzer.Offer{Status: wegwijzer.StatusOpen, Unconfirmed: true}, nl, "Open: je kunt het nu gebruiken (niet recent bevestigd, kijk op de site)"},
		{"round open", wegwijzer.Offer{Status: wegwijzer.StatusRondes, Rounds: rounds}, nl, "Ronde open tot 20 december 2026"},
		{"between rounds", wegwijzer.Offer{Status: wegwijzer.StatusRondes, Rounds: rounds[:1], URL: "https://www.rvo.nl/x"}, nl,
			"Werkt met rondes; de laatste liep 1 maart 2025 tot 31 maart 2025; een nieuwe ronde is nog niet bekend, kijk op rvo.nl"},
		{"next round known", wegwijzer.Offer{Status: wegwijzer.StatusRondes, Rounds: []wegwijzer.Round{rounds[0], {Opens: "2027-02-01"}}}, en,
			"Runs in rounds; the last one ran March 1, 2025 to March 31, 2025; next round opens February 1, 2027"},
		{"last round without a closing date", wegwijzer.Offer{Status: wegwijzer.StatusRondes, Rounds: []wegwijzer.Round{{Opens: "2024-10-01"}}, URL: "https://www.rvo.nl/x"}, nl,
			"Werkt met rondes; de laatste opende 1 oktober 2024; een nieuwe ronde is nog niet bekend, kijk op rvo.nl"},
		{"closed", wegwijzer.Offer{Status: wegwijzer.StatusGesloten, ClosedSince: "2023-09-30", ReplacedBy: "eia"}, nl,
			"Gesloten sinds 30 september 2023; gebruik nu " + cat.Offer("eia").Title},
		{"closed, month only", wegwijzer.Offer{Status: wegwijzer.StatusGesloten, ClosedSince: "2023-09"}, en, "Closed since September 2023"},
	}
	for _, tt := range tests {
		if got := statusText(cat, &tt.o, tt.l, today); got != tt.want {
			t.Errorf("%s: statusText = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestPitchFallsBackToTheSummary(t *testing.T) {
	long := "Met deze regeling krijg je een vergoeding voor het aannemen van een leerling die in je bedrijf een vak leert, in elke branche en elke regio van het land. Meer tekst."
	tests := []struct {
		o    wegwijzer.Offer
		l    lang
		want string
	}{
		{wegwijzer.Offer{Pitch: "40% extra aftrek", PitchEN: "An extra 40% deduction"}, en, "An extra 40% deduction"},
		{wegwijzer.Offer{Pitch: "40% extra aftrek"}, en, "40% extra aftrek"},
		{wegwijzer.Offer{Summary: "Kort. Tweede zin."}, nl, "Kort."},
		{wegwijzer.Offer{Summary: long}, nl, "Met deze regeling krijg je een vergoeding voor het aannemen van een leerling die in je bedrijf een vak leert, in elke…"},
	}
	for _, tt := range tests {
		got := pitchOf(&tt.o, tt.l)
		if got != tt.want {
			t.Errorf("pitchOf = %q, want %q", got, tt.want)
		}
		if utf8.RuneCountInString(got) > maxPitch {
			t.Errorf("pitch %q is longer than %d", got, maxPitch)
		}
	}
}

func TestFitNamesWhyOrTheBlockingCondition(t *testing.T) {
	cat := mustCatalogue(t)
	cd := card{cat: cat, lang: nl, slots: map[string]string{slotTheme: "verduurzaming", slotTopic: "energie", slotSize: "groot"}}
	mkb := &wegwijzer.Offer{Themes: []string{"verduurzaming"}, Regions: []string{"nl"}, Sizes: []string{"zzp", "micro", "klein", "middelgroot"}}
	if got := cd.fit(mkb); got != "Bijna: alleen voor bedrijven tot 250 medewerkers" {
		t.Errorf("fit for a large company and an mkb offer = %q", got)
	}
	cd.slots[slotSize] = "klein"
	if got := cd.fit(mkb); !strings.HasPrefix(got, "Past bij je vraag over energie") || !strings.Contains(got, "omvang") {
		t.Errorf("fit = %q, want the topic and the size", got)
	}
	cd.lang = en
	if got := cd.fit(mkb); !strings.HasPrefix(got, "Fits your question about") {
		t.Errorf("English fit = %q", got)
	}
}

// TestFitNamesTheAskersWordsBesideTheTheme: the theme is the same on every card of a reply; the asker's own words
// that this offer matched say why this one (and words a synonym added, which the asker never wrote, are not named).
func TestFitNamesTheAskersWordsBesideTheTheme(t *testing.T) {
	cat := mustCatalogue(t)
	o := &wegwijzer.Offer{ID: "x", Themes: []string{"verduurzaming"}, Regions: []string{"nl"}}
	tests := []struct {
		query   string
		matched []string
		want    string
	}{
		{"minder gas verbruiken in de bakkerij", []string{"gas", "bakkerij"}, "Past bij je vraag over verduurzamen en energie (gas, bakkerij)"},
		{"minder gas verbruiken", []string{"gas", "zonnepanelen"}, "Past bij je vraag over verduurzamen en energie (gas)"},
		{"minder gas verbruiken", nil, "Past bij je vraag over verduurzamen en energie"},
	}
	for _, tt := range tests {
		cd := card{cat: cat, lang: nl, slots: map[string]string{slotTheme: "verduurzaming", slotQuery: tt.query}, matched: map[string][]string{"x": tt.matched}}
		if got := cd.fit(o); got != tt.want {
			t.Errorf("fit for %q matching %v = %q, want %q", tt.query, tt.matched, got, tt.want)
		}
	}
}

func TestFitNamesTheMatchedWordsWithoutATheme(t *testing.T) {
	cat := mustCatalogue(t)
	o := &wegwijzer.Offer{ID: "x", Regions: []string{"nl"}}
	tests := []struct {
		matched map[string][]string
		l       lang
		want    string
	}{
		{map[string][]string{"x": {"klant", "betaalt"}}, nl, "Past bij je vraag: klant, betaalt"},
		{map[string][]string{"x": {"a", "b", "c", "d", "e"}}, en, "Fits your question: a, b, c, d"},
		{map[string][]string{"y": {"klant"}}, nl, "Past bij de woorden van je vraag"},
		{nil, nl, "Past bij de woorden van je vraag"},
	}
	for _, tt := range tests {
		cd := card{cat: cat, lang: tt.l, slots: map[string]string{}, matched: tt.matched}
		if got := cd.fit(o); got != tt.want {
			t.Errorf("fit with %v = %q, want %q", tt.matched, got, tt.want)
		}
	}
}

// TestFitForOffersOfManySectorsAndRegions: an offer for fifteen sectors is not "made for your sector", and one the
// asker's sector is left out of says which; an offer for several regions names the asker's.
func TestFitForOffersOfManySectorsAndRegions(t *testing.T) {
	cat := mustCatalogue(t)
	var many []string
	for _, s := range cat.Sectors {
		if s.ID != "landbouw" {
			many = append(many, s.ID)
		}
	}
	north := &wegwijzer.Offer{ID: "n", Themes: []string{"financiering"}, Regions: []string{"provincie-groningen", "provincie-fryslan", "provincie-drenthe"}}
	tests := []struct {
		name  string
		o     *wegwijzer.Offer
		slots map[string]string
		want  string // the fit holds this
		not   string // and not this
	}{
		{"many sectors, one of them", &wegwijzer.Offer{Regions: []string{"nl"}, Sectors: many}, map[string]string{slotSector: "handel"}, "Past bij", "speciaal voor je branche"},
		{"few sectors, one of them", &wegwijzer.Offer{Regions: []string{"nl"}, Sectors: []string{"handel", "horeca"}}, map[string]string{slotSector: "handel"}, "speciaal voor je branche", ""},
		{"many sectors, not the asker's", &wegwijzer.Offer{Regions: []string{"nl"}, Sectors: many}, map[string]string{slotSector: "landbouw"}, "Bijna: niet voor de branche landbouw", " of "},
		{"few sectors, not the asker's", &wegwijzer.Offer{Regions: []string{"nl"}, Sectors: []string{"handel", "horeca"}}, map[string]string{slotSector: "landbouw"}, "Bijna: alleen voor de branche", ""},
		{"several regions, the asker's", north, map[string]string{slotRegion: "provincie-fryslan"}, "voor ondernemers in Fryslân", "Groningen"},
		{"several regions, a town in one", north, map[string]string{slotRegion: "gemeente-assen"}, "voor ondernemers in Drenthe", "Groningen"},
		{"several regions, asker's unknown", north, map[string]string{}, "voor ondernemers in Groningen", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := card{cat: cat, lang: nl, slots: tt.slots}.fit(tt.o)
			if !strings.Contains(got, tt.want) || tt.not != "" && strings.Contains(got, tt.not) {
				t.Errorf("fit = %q, want %q in it and not %q", got, tt.want, tt.not)
			}
		})
	}
}

// TestFitNamesOnlyWordsTheAskerWrote: the search matches words a synonym added ("zonnepanelen" for "energy");
// the fit names only the asker's own.
func TestFitNamesOnlyWordsTheAskerWrote(t *testing.T) {
	cat := mustCatalogue(t)
	o := &wegwijzer.Offer{ID: "x", Regions: []string{"nl"}}
	matched := map[string][]string{"x": {"energy", "zonnepanelen", "isolatie"}}
	for _, tt := range []struct{ query, want string }{
		{"grant energy shop", "Fits your question: energy"},
		{"grant shop", "Fits the words of your question"},
	} {
		cd := card{cat: cat, lang: en, slots: map[string]string{slotQuery: tt.query}, matched: matched}
		if got := cd.fit(o); got != tt.want {
			t.Errorf("fit for %q = %q, want %q", tt.query, got, tt.want)
		}
	}
}

// TestGroupedInOrder: a curated answer's offers keep the text's order, its first offer first, with the offers of
// one group together (rules, help, rules, help showed each heading twice).
func TestGroupedInOrder(t *testing.T) {
	rule := func(id string) *wegwijzer.Offer { return &wegwijzer.Offer{ID: id, Kind: wegwijzer.KindWetRegel} }
	help := func(id string) *wegwijzer.Offer { return &wegwijzer.Offer{ID: id, Kind: wegwijzer.KindAdvies} }
	tests := []struct {
		in   []*wegwijzer.Offer
		want string
	}{
		{[]*wegwijzer.Offer{rule("kvk"), help("avb"), rule("nvwa"), help("bgn")}, "kvk nvwa avb bgn"},
		{[]*wegwijzer.Offer{help("avb"), rule("kvk"), help("bgn")}, "avb bgn kvk"},
		{[]*wegwijzer.Offer{rule("a"), rule("b")}, "a b"},
		{nil, ""},
	}
	for _, tt := range tests {
		var ids []string
		for _, o := range groupedInOrder(tt.in) {
			ids = append(ids, o.ID)
		}
		if got := strings.Join(ids, " "); got != tt.want {
			t.Errorf("groupedInOrder = %q, want %q", got, tt.want)
		}
	}
}

// TestDurationAnswersInTheReplysLanguage: "how long?" quotes the offer's texts of the reply's language only; an
// English reply does not quote a Dutch text whose English version is missing, even when another text has one.
func TestDurationAnswersInTheReplysLanguage(t *testing.T) {
	o := &wegwijzer.Offer{URL: "https://example.nl/x", Summary: "Je krijgt tot 2 jaar begeleiding.", SummaryEN: "Guidance for up to 2 years.",
		Facts: wegwijzer.Facts{Deadline: "Vraag het aan binnen 3 maanden na de start."}}
	tests := []struct {
		lang    lang
		want    []string
		notWant string
	}{
		{nl, []string{"binnen 3 maanden", "tot 2 jaar"}, ""},
		{en, []string{"up to 2 years"}, "maanden"},
	}
	for _, tt := range tests {
		got := (&turnState{lang: tt.lang}).fact(understand.IntentDuration, o)
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q, want it to say %q", tt.lang, got, w)
			}
		}
		if tt.notWant != "" && strings.Contains(got, tt.notWant) {
			t.Errorf("%s: %q quotes the Dutch text", tt.lang, got)
		}
	}
}
