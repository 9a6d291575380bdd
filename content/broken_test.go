package content_test

import (
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer/content"
)

// TestBrokenFileReportsItsCauseOnly: a file that cannot be read as an offer (YAML syntax, a field given twice, a
// second document, a list or a single value instead of fields) gets one error at the line of the cause, not one
// for every field that was then left empty, and the offers that refer to it do not repeat it.
func TestBrokenFileReportsItsCauseOnly(t *testing.T) {
	tests := []struct {
		name    string
		replace [2]string // old, new in validOffer; new "" with old "" replaces the whole file by want's input
		whole   string
		want    string
	}{
		{"unclosed list", [2]string{"aliases: [EIA]", "aliases: [EIA"}, "",
			`offers/eia.yaml:3: invalid YAML: did not find expected ',' or ']': a list in [ ] that is not closed, or a value in it with a comma or colon that needs quotes`},
		{"unclosed block", [2]string{"aliases: [EIA]", "aliases: {a: EIA"}, "",
			`offers/eia.yaml:3: invalid YAML: did not find expected ',' or '}': a block in { } that is not closed, or a value in it with a comma or colon that needs quotes`},
		{"list item among fields", [2]string{"kind: fiscale-regeling", "kind: fiscale-regeling\n- los"}, "",
			`offers/eia.yaml:6: invalid YAML: did not find expected key: a line that is indented differently from the fields around it, or a list item (- ...) where a field belongs`},
		{"field given twice", [2]string{"kind: fiscale-regeling", "kind: fiscale-regeling\ntitle: Nog een titel"}, "",
			`offers/eia.yaml:6: field title: is given twice (first on line 2): keep one`},
		{"field given twice in a block", [2]string{"  who: RVO", "  who: RVO\n  who: KVK"}, "",
			`offers/eia.yaml:17: field who: is given twice (first on line 16): keep one`},
		{"a second document", [2]string{}, validOffer + "---\nid: mia\n",
			`offers/eia.yaml:35: a second YAML document starts here (---): a file holds one document, the rest is not read`},
		{"a list", [2]string{}, "- id: eia\n- title: EIA\n",
			`offers/eia.yaml:1: the file must hold fields (id: ..., title: ...), not a list`},
		{"a single value", [2]string{}, "eia\n",
			`offers/eia.yaml:1: the file must hold fields (id: ..., title: ...), not a single value`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			broken := tt.whole
			if broken == "" {
				broken = strings.Replace(validOffer, tt.replace[0], tt.replace[1], 1)
				if broken == validOffer {
					t.Fatalf("test does not change the offer: %q not found", tt.replace[0])
				}
			}
			other := strings.NewReplacer("id: eia", "id: mia", "status: open", "status: gesloten\nstatus_note: Vervangen door de EIA.\nclosed_since: 2025-01-01\nreplaced_by: eia").Replace(validOffer)
			_, problems, err := content.Load(catalogue(map[string]string{"offers/eia.yaml": broken, "offers/mia.yaml": other}), content.Options{Now: now})
			if err == nil {
				t.Fatal("Load succeeded")
			}
			errs := problems.Errors()
			if len(errs) != 1 || errs[0].String() != tt.want {
				t.Errorf("errors:\n  %v\nwant exactly:\n  %s", errs, tt.want)
			}
		})
	}
}

// TestOfferWithAnotherIDIsReportedOnce: an offer whose id is not its file name is reported once; what
// refers to the file's name does not repeat it.
func TestOfferWithAnotherIDIsReportedOnce(t *testing.T) {
	broken := strings.Replace(validOffer, "id: eia", "id: eia-2024", 1)
	other := strings.NewReplacer("id: eia", "id: mia", "status: open", "status: gesloten\nstatus_note: Vervangen door de EIA.\nclosed_since: 2025-01-01\nreplaced_by: eia").Replace(validOffer)
	_, problems, _ := content.Load(catalogue(map[string]string{"offers/eia.yaml": broken, "offers/mia.yaml": other}), content.Options{Now: now})
	want := `offers/eia.yaml:1: field id: id "eia-2024" must equal the file name "eia"`
	if errs := problems.Errors(); len(errs) != 1 || errs[0].String() != want {
		t.Errorf("errors:\n  %v\nwant exactly:\n  %s", errs, want)
	}
}
