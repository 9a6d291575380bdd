package content_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/wegwijzer/wegwijzer/content"
)

var now = time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)

const themes = `- id: verduurzaming
  label: Verduurzamen
  label_en: Sustainability
  words: [duurzaam]
  topics:
    - {id: energie, label: Energie, label_en: Energy, words: [energie]}
- id: starten
  label: Starten
  label_en: Starting
  words: [starten]
  topics: []
`

const regions = `provinces:
  - {id: provincie-overijssel, name: Overijssel, alt_names: []}
regions:
  - {id: corop-zuidwest-overijssel, name: Zuidwest-Overijssel, kind: corop, alt_names: [], members: [gemeente-deventer]}
  - {id: regio-stedendriehoek, name: Stedendriehoek, kind: pilot, alt_names: [Cleantech Regio], members: [gemeente-deventer]}
municipalities:
  - {id: gemeente-deventer, name: Deventer, code: GM0150, province: provincie-overijssel, corop: corop-zuidwest-overijssel, arbeidsmarktregio: Stedendriehoek en Noordwest Veluwe, alt_names: []}
`

const sectors = `- {id: transport, sbi: H, label: Vervoer en opslag, label_en: Transport, words: [transportbedrijf, vervoerder]}
`

// validOffer is a complete offer; tests break one line of it at a time.
const validOffer = `id: eia
title: Energie-investeringsaftrek (EIA)
aliases: [EIA]
provider: RVO
kind: fiscale-regeling
themes: [verduurzaming]
topics: [energie]
phases: [weten, kunnen]
regions: [nl]
sectors: []
sizes: []
summary: Je trekt een deel van een energiezuinige investering af van je winst.
eligibility:
  - Je betaalt inkomstenbelasting of vennootschapsbelasting.
next_step:
  who: RVO
  how: Meld de investering binnen 3 maanden via eLoket.
url: https://www.rvo.nl/subsidies-financiering/eia
source: [https://english.rvo.nl/subsidies-programmes/do-i-qualify-eia]
last_checked: 2026-02-01
status: open
pitch: 40% van je investering extra aftrekken van je winst
pitch_en: Deduct an extra 40% of the investment from your profit
questions:
  - we willen de oude koelcel vervangen door een zuinige
  - is er belastingvoordeel voor een warmtepomp in de werkplaats
  - wat levert een energiezuinige machine mij fiscaal op
  - kan ik zonnepanelen op het bedrijfsdak aftrekken
  - hoe meld ik een investering in isolatie
  - mijn ovens verbruiken te veel gas, wat nu
  - can I deduct an energy saving investment
  - tax benefit for LED lighting in my shop
  - is there a tax break for a heat pump
  - we want to replace our old cooling system
`

func catalogue(files map[string]string) fstest.MapFS {
	fs := fstest.MapFS{
		"themes.yaml":  {Data: []byte(themes)},
		"regions.yaml": {Data: []byte(regions)},
		"sectors.yaml": {Data: []byte(sectors)},
	}
	for name, data := range files {
		if data == "" {
			delete(fs, name)
			continue
		}
		fs[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return fs
}

func TestLoadValid(t *testing.T) {
	cat, problems, err := content.Load(catalogue(map[string]string{"offers/eia.yaml": validOffer}), content.Options{Now: now})
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if len(problems) != 0 {
		t.Errorf("problems = %v, want none", problems)
	}
	o := cat.Offer("eia")
	if o == nil || o.Title != "Energie-investeringsaftrek (EIA)" || o.NextStep.Who != "RVO" {
		t.Fatalf("offer eia = %+v", o)
	}
	if got := cat.Geography.Ancestors("gemeente-deventer"); !contains(got, "provincie-overijssel") || !contains(got, "regio-stedendriehoek") || !contains(got, "nl") {
		t.Errorf("Ancestors(gemeente-deventer) = %v, want province, pilot region and nl", got)
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// TestLoadReportsFileLineField breaks a valid offer in one place and checks the exact problem reported.
func TestLoadReportsFileLineField(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		replace [2]string // old, new in validOffer
		want    string
	}{
		{"pitch too long", "offers/eia.yaml", [2]string{"pitch: 40% van je investering extra aftrekken van je winst", "pitch: " + strings.Repeat("a", 121)},
			`offers/eia.yaml:22: field pitch: 121 characters, at most 120`},
		{"source date", "offers/eia.yaml", [2]string{"source: [https://english.rvo.nl/subsidies-programmes/do-i-qualify-eia]", "source: [{url: https://english.rvo.nl/eia, date: gisteren}]"},
			`offers/eia.yaml:19: field source[0].date: "gisteren" is not a date (want YYYY-MM-DD, YYYY-MM or YYYY)`},
		{"rounds without rounds", "offers/eia.yaml", [2]string{"status: open", "status: rondes"},
			`offers/eia.yaml:21: field rounds: an offer that runs in rounds needs its known rounds, or a status_note that says where to watch for the next one`},
		{"rounds out of order", "offers/eia.yaml", [2]string{"status: open", "status: rondes\nrounds: [{opens: 2026-01-27}, {opens: 2025-10-01}]"},
			`offers/eia.yaml:22: field rounds[1].opens: rounds must be listed oldest first`},
		{"closed_since on an open offer", "offers/eia.yaml", [2]string{"status: open", "status: open\nclosed_since: 2023-09-30"},
			`offers/eia.yaml:22: field closed_since: only a closed (gesloten) offer has closed_since`},
		{"duplicate question", "offers/eia.yaml", [2]string{"  - tax benefit for LED lighting in my shop", "  - can I deduct an energy saving investment"},
			`offers/eia.yaml:24: field questions[7]: repeats an earlier question`},
		{"eligibility_en of another length", "offers/eia.yaml", [2]string{"status: open", "status: open\neligibility_en: [a, b]"},
			`offers/eia.yaml:22: field eligibility_en: has 2 lines, eligibility has 1: translate each line, in the same order`},
		{"unknown kind", "offers/eia.yaml", [2]string{"kind: fiscale-regeling", "kind: subsidy"},
			`offers/eia.yaml:5: field kind: unknown kind "subsidy" (want one of subsidie, fiscale-regeling, lening-garantie, wet-regel, advies, scan-tool, community-netwerk, training-evenement, informatie)`},
		{"unknown theme", "offers/eia.yaml", [2]string{"themes: [verduurzaming]", "themes: [groen]"},
			`offers/eia.yaml:6: field themes: unknown theme "groen"`},
		{"unknown phase", "offers/eia.yaml", [2]string{"phases: [weten, kunnen]", "phases: [weten, doen]"},
			`offers/eia.yaml:8: field phases: unknown phase "doen" (want one of ontmoeten, weten, willen, kunnen)`},
		{"unknown region", "offers/eia.yaml", [2]string{"regions: [nl]", "regions: [gemeente-atlantis]"},
			`offers/eia.yaml:9: field regions: unknown region "gemeente-atlantis"`},
		{"unknown sector", "offers/eia.yaml", [2]string{"sectors: []", "sectors: [ruimtevaart]"},
			`offers/eia.yaml:10: field sectors: unknown sector "ruimtevaart"`},
		{"http url", "offers/eia.yaml", [2]string{"url: https://www.rvo.nl/subsidies-financiering/eia", "url: http://www.rvo.nl/"},
			`offers/eia.yaml:18: field url: "http://www.rvo.nl/" must use https`},
		{"bad date", "offers/eia.yaml", [2]string{"last_checked: 2026-02-01", "last_checked: 1 februari 2026"},
			`offers/eia.yaml:20: field last_checked: "1 februari 2026" is not a date (want YYYY-MM-DD)`},
		{"date in the future", "offers/eia.yaml", [2]string{"last_checked: 2026-02-01", "last_checked: 2027-02-01"},
			`offers/eia.yaml:20: field last_checked: 2027-02-01 is in the future`},
		{"unknown legal form", "offers/eia.yaml", [2]string{"sectors: []", "sectors: []\nlegal_form: bv"},
			`offers/eia.yaml:11: field legal_form: unknown legal form "bv" (want one of ib, rechtspersoon, or leave it out for every legal form)`},
		{"unknown status", "offers/eia.yaml", [2]string{"status: open", "status: dicht"},
			`offers/eia.yaml:21: field status: unknown status "dicht" (want open, doorlopend, rondes, gesloten)`},
		{"closed without note", "offers/eia.yaml", [2]string{"status: open", "status: gesloten"},
			`offers/eia.yaml:21: field status_note: a closed offer needs a status_note: what happened, where to look now`},
		{"unknown field", "offers/eia.yaml", [2]string{"aliases: [EIA]", "alias: [EIA]"},
			`offers/eia.yaml:3: field alias: unknown field (a typo? see content/README.md)`},
		{"id not the file name", "offers/eia.yaml", [2]string{"id: eia", "id: eia-2024"},
			`offers/eia.yaml:1: field id: id "eia-2024" must equal the file name "eia"`},
		{"missing title", "offers/eia.yaml", [2]string{"title: Energie-investeringsaftrek (EIA)\n", ""},
			`offers/eia.yaml: field title: is required`},
		{"invalid yaml", "offers/eia.yaml", [2]string{"aliases: [EIA]", "aliases: [EIA"},
			`offers/eia.yaml:3: invalid YAML: did not find expected ',' or ']': a list in [ ] that is not closed, or a value in it with a comma or colon that needs quotes`},
		{"summary too long", "offers/eia.yaml", [2]string{"summary: Je trekt", "summary: " + strings.Repeat("lang ", 81) + "Je trekt"},
			`offers/eia.yaml:12: field summary: 474 characters, at most 400`},
		{"organisation on a scheme", "offers/eia.yaml", [2]string{"url: https://www.rvo.nl/subsidies-financiering/eia", "url: https://www.rvo.nl/\norganisation: true"},
			`offers/eia.yaml:19: field organisation: is for an organisation's whole service; a fiscale-regeling has a page of its own on its provider's site: link that page`},
		{"unknown replaced_by", "offers/eia.yaml", [2]string{"status: open", "status: open\nreplaced_by: nieuwe-eia"},
			`offers/eia.yaml:22: field replaced_by: unknown offer "nieuwe-eia"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			broken := strings.Replace(validOffer, tt.replace[0], tt.replace[1], 1)
			if broken == validOffer {
				t.Fatalf("test does not change the offer: %q not found", tt.replace[0])
			}
			_, problems, err := content.Load(catalogue(map[string]string{tt.file: broken}), content.Options{Now: now})
			if err == nil {
				t.Fatalf("Load succeeded, want an error %q", tt.want)
			}
			var got []string
			for _, p := range problems {
				got = append(got, p.String())
			}
			if !contains(got, tt.want) {
				t.Errorf("problems:\n  %s\nwant among them:\n  %s", strings.Join(got, "\n  "), tt.want)
			}
		})
	}
}

func TestLoadOtherFiles(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"no themes file", map[string]string{"themes.yaml": "", "offers/eia.yaml": validOffer},
			"themes.yaml: cannot read: open themes.yaml: file does not exist"},
		{"municipality in unknown province", map[string]string{"offers/eia.yaml": validOffer,
			"regions.yaml": strings.Replace(regions, "province: provincie-overijssel", "province: provincie-atlantis", 1)},
			`regions.yaml:7: field municipalities[0].province: unknown province "provincie-atlantis"`},
		{"region with unknown member", map[string]string{"offers/eia.yaml": validOffer,
			"regions.yaml": strings.Replace(regions, "members: [gemeente-deventer]}\n  - {id: regio", "members: [gemeente-zwolle]}\n  - {id: regio", 1)},
			`regions.yaml:4: field regions[0].members: unknown municipality "gemeente-zwolle"`},
		{"sector word in two sectors", map[string]string{"offers/eia.yaml": validOffer,
			"sectors.yaml": sectors + "- {id: handel, sbi: G, label: Handel, label_en: Trade, words: [vervoerder]}\n"},
			`sectors.yaml:2: field [1].words: word "vervoerder" is also in sector "transport"`},
		{"required offer missing", map[string]string{"offers/eia.yaml": validOffer,
			"catalogue.yaml": "required_offers: [eia, seba]\nmin_offers: 1\n"},
			`catalogue.yaml:1: field required_offers: required offer "seba" is missing from offers/`},
		{"too few offers", map[string]string{"offers/eia.yaml": validOffer, "catalogue.yaml": "min_offers: 150\n"},
			`catalogue.yaml:1: field min_offers: the catalogue has 1 offers, at least 150 are required`},
		{"too few regional offers", map[string]string{"offers/eia.yaml": validOffer,
			"catalogue.yaml": "min_per_region: 5\nregions_with_offers: [regio-stedendriehoek]\n"},
			`catalogue.yaml:2: field regions_with_offers: region "regio-stedendriehoek" has 0 regional offers, at least 5 are required`},
		{"answer names unknown offer", map[string]string{"offers/eia.yaml": validOffer,
			"answers/kvk-of-rvo.yaml": "id: kvk-of-rvo\nquestion: Wat is het verschil?\npatterns: [kvk rvo]\ntext: Uitleg.\nthemes: [starten]\nrelated: [kvk-advies]\nsource: [https://www.kvk.nl/]\nlast_checked: 2026-01-01\n"},
			`answers/kvk-of-rvo.yaml:6: field related: unknown offer "kvk-advies"`},
		{"a gap names an offer", map[string]string{"offers/eia.yaml": validOffer,
			"answers/fooien.yaml": "id: fooien\ngap: true\nquestion: Fooien?\npatterns: [fooien]\ntext: Geen regeling.\ntext_en: No scheme.\nthemes: [regels]\nrelated: [eia]\nnext_step: {who: Je boekhouder, who_en: Your accountant, how: Vraag het., how_en: Ask.}\nsource: [https://www.kvk.nl/]\nlast_checked: 2026-01-01\n"},
			`answers/fooien.yaml:8: field related: a gap names no offers: an offer that fits makes it no gap`},
		{"a gap without a referral", map[string]string{"offers/eia.yaml": validOffer,
			"answers/fooien.yaml": "id: fooien\ngap: true\nquestion: Fooien?\npatterns: [fooien]\ntext: Geen regeling.\ntext_en: No scheme.\nthemes: [regels]\nsource: [https://www.kvk.nl/]\nlast_checked: 2026-01-01\n"},
			`answers/fooien.yaml: field next_step: a gap needs next_step with who, how and how_en: the referral`},
		{"community in unknown region", map[string]string{"offers/eia.yaml": validOffer,
			"communities.yaml": "- {id: test, name: Test, platform: slack, workspace: T1, channels: [], region: regio-atlantis, language: nl, managers: [], privacy_text: x}\n"},
			`communities.yaml:1: field [0].region: unknown region "regio-atlantis"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, problems, err := content.Load(catalogue(tt.files), content.Options{Now: now})
			if err == nil {
				t.Fatalf("Load succeeded, want an error %q", tt.want)
			}
			var got []string
			for _, p := range problems {
				got = append(got, p.String())
			}
			if !contains(got, tt.want) {
				t.Errorf("problems:\n  %s\nwant among them:\n  %s", strings.Join(got, "\n  "), tt.want)
			}
		})
	}
}

// TestBuiltinCatalogue holds the built-in catalogue to the bar of the catalogue issue.
// It checks against the real clock, as 'content check' does: editors date last_checked with the day they read a source.
func TestBuiltinCatalogue(t *testing.T) {
	cat, warnings, err := content.Load(content.Builtin(), content.Options{})
	if err != nil {
		t.Fatalf("built-in catalogue: %v", err)
	}
	if n := len(cat.Offers); n < 206 {
		t.Errorf("offers = %d, want at least 206", n)
	}
	// An entrepreneur who follows a link to a home page has to search again:
	// at most ten offers that are not networks or organisations may do so.
	homePages := 0
	for _, w := range warnings {
		if strings.Contains(w.Message, "links a home page") {
			homePages++
		}
	}
	if homePages > 10 {
		t.Errorf("%d offers link a home page, want at most 10", homePages)
	}
	if n := len(cat.Answers); n < 30 {
		t.Errorf("answers = %d, want at least 30", n)
	}
	if n := len(cat.Geography.Places(content.KindGemeente)); n != 342 {
		t.Errorf("municipalities = %d, want 342", n)
	}
	words := 0
	for _, s := range cat.Sectors {
		words += len(s.Words)
	}
	if words < 250 {
		t.Errorf("sector words = %d, want at least 250", words)
	}
	if n := len(cat.Synonyms); n < 200 {
		t.Errorf("synonyms = %d, want at least 200", n)
	}
	if id, _ := cat.Geography.Lookup("Sittard"); id != "gemeente-sittard-geleen" {
		t.Errorf("Lookup(Sittard) = %q, want gemeente-sittard-geleen (a town in a double municipality name)", id)
	}
	for _, name := range []string{"Den Bosch", "'s-Hertogenbosch", "Den Haag", "Deventer", "Súdwest-Fryslân", "Friesland", "Geleen"} {
		if _, ok := cat.Geography.Lookup(name); !ok {
			t.Errorf("Lookup(%q) found nothing", name)
		}
	}
}

func TestSlug(t *testing.T) {
	tests := map[string]string{
		"Súdwest-Fryslân":  "sudwest-fryslan",
		"'s-Hertogenbosch": "s-hertogenbosch",
		"Bergen (L.)":      "bergen-l",
		"Noord-Brabant":    "noord-brabant",
	}
	for in, want := range tests {
		if got := content.Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStaleListsOldestFirst(t *testing.T) {
	older := strings.NewReplacer("id: eia", "id: kia", "last_checked: 2026-02-01", "last_checked: 2024-05-01").Replace(validOffer)
	old := strings.Replace(validOffer, "last_checked: 2026-02-01", "last_checked: 2026-01-30", 1)
	cat, _, err := content.Load(catalogue(map[string]string{"offers/eia.yaml": old, "offers/kia.yaml": older}), content.Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	due := cat.Stale(now, content.StaleOptions{CheckedAge: 365 * 24 * time.Hour})
	if len(due) != 1 || due[0].ID != "kia" || due[0].Days != 941 {
		t.Errorf("Stale(365 days) = %+v, want only kia, 941 days", due)
	}
	due = cat.Stale(now, content.StaleOptions{CheckedAge: 30 * 24 * time.Hour})
	if len(due) != 2 || due[0].ID != "kia" || due[1].ID != "eia" || due[1].File != "offers/eia.yaml" {
		t.Errorf("Stale(30 days) = %+v, want kia then eia", due)
	}
}

// TestTypeErrorsNameTheFieldAndOnlyTheFirstCause: a value of the wrong shape is reported once, with its field and
// in a content editor's words, and no check of the same field adds a second, wrong problem.
func TestTypeErrorsNameTheFieldAndOnlyTheFirstCause(t *testing.T) {
	tests := []struct {
		name    string
		replace [2]string
		want    string
	}{
		{"list for a text", [2]string{"provider: RVO", "provider: [RVO, Belastingdienst]"},
			`offers/eia.yaml:4: field provider: is a list, want one text (put it in quotes if it holds a colon or starts with [ or {)`},
		{"text for a list", [2]string{"regions: [nl]", "regions: nl"},
			`offers/eia.yaml:9: field regions: is a text (nl), want a list ([a, b] or lines starting with "- ")`},
		{"nested list for a text", [2]string{"  who: RVO", "  who:\n    - RVO"},
			`offers/eia.yaml:16: field next_step.who: is a list, want one text (put it in quotes if it holds a colon or starts with [ or {)`},
		{"text for true or false", [2]string{"status: open", "status: open\nunconfirmed: misschien"},
			`offers/eia.yaml:22: field unconfirmed: is a text (misschien), want true or false`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			broken := strings.Replace(validOffer, tt.replace[0], tt.replace[1], 1)
			_, problems, err := content.Load(catalogue(map[string]string{"offers/eia.yaml": broken}), content.Options{Now: now})
			if err == nil {
				t.Fatal("Load succeeded")
			}
			errs := problems.Errors()
			if len(errs) != 1 || errs[0].String() != tt.want {
				t.Errorf("errors = %v\nwant exactly [%s]", errs, tt.want)
			}
		})
	}
}

// TestForLanguageIsNlOrEn: for_language names a language the dialogue speaks; another value is an error that
// names the file, line and field.
func TestForLanguageIsNlOrEn(t *testing.T) {
	for _, tt := range []struct {
		value string
		ok    bool
	}{{"en", true}, {"nl", true}, {"de", false}, {"EN", false}} {
		offer := strings.Replace(validOffer, "url: https://www.rvo.nl/subsidies-financiering/eia", "url: https://www.rvo.nl/subsidies-financiering/eia\nfor_language: "+tt.value, 1)
		_, _, err := content.Load(catalogue(map[string]string{"offers/eia.yaml": offer}), content.Options{Now: now})
		if got := err == nil; got != tt.ok {
			t.Errorf("for_language %q: err %v, want accepted = %v", tt.value, err, tt.ok)
		}
		if err != nil && !strings.Contains(err.Error(), "offers/eia.yaml:19: field for_language:") {
			t.Errorf("for_language %q: error %q does not name the file, line and field", tt.value, err)
		}
	}
}
