package content_test

import (
	"testing"

	"github.com/wegwijzer/wegwijzer/content"
)

func TestFindIn(t *testing.T) {
	cat, _, err := content.Load(content.Builtin(), content.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]string{
		"what if we are in Groningen?":     "gemeente-groningen",
		"en wat als we in Utrecht zitten?": "gemeente-utrecht",
		"wij zitten in Den Haag!":          "gemeente-s-gravenhage",
		"subsidie voor zonnepanelen":       "",
		"we zitten in Sittard":             "gemeente-sittard-geleen",
		"een bedrijf in Giessendam":        "gemeente-hardinxveld-giessendam",
		// "midden" is part of several double names (Midden-Groningen, Midden-Drenthe, Midden-Delfland): it names
		// none of them, where before it named whichever the map gave first.
		"kennispartners in Midden-Nederland": "nl",
	}
	for in, want := range tests {
		if got := cat.Geography.FindIn(in); got != want {
			t.Errorf("FindIn(%q) = %q, want %q", in, got, want)
		}
	}
	if id, ok := cat.Geography.Lookup("midden"); ok {
		t.Errorf("Lookup(midden) = %q, want none: it is part of several double names", id)
	}
}

// TestLookupNear: a place name typed with one letter added, left out or changed is that place; a short name or a
// word two letters away from every name is none.
func TestLookupNear(t *testing.T) {
	cat, _, err := content.Load(content.Builtin(), content.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]string{
		"amsterdm":   "gemeente-amsterdam",
		"rotterdm":   "gemeente-rotterdam",
		"Zwolle":     "gemeente-zwolle",
		"eindhovenn": "gemeente-eindhoven",
		"bredaa":     "",
		"subsidie":   "",
		"personeel":  "",
		"amstrdm":    "",
	}
	for in, want := range tests {
		if got, _ := cat.Geography.LookupNear(in); got != want {
			t.Errorf("LookupNear(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAppliesAcrossProvinces: an offer bound to a town applies only in its own province (Deventer's pilot region
// reaches into Gelderland, Deventer does not); a region whose members lie in several provinces is within none of
// them, so someone in one of its towns is not taken to be in the other provinces, while it still counts the other
// provinces' offers as reaching part of it.
func TestAppliesAcrossProvinces(t *testing.T) {
	cat, _, err := content.Load(content.Builtin(), content.Options{})
	if err != nil {
		t.Fatal(err)
	}
	g := cat.Geography
	tests := []struct {
		offer, asker string
		want         bool
	}{
		{"gemeente-deventer", "provincie-overijssel", true},
		{"gemeente-deventer", "gemeente-deventer", true},
		{"gemeente-deventer", "provincie-gelderland", false},
		{"gemeente-deventer", "gemeente-apeldoorn", false},
		{"regio-stedendriehoek", "provincie-gelderland", true}, // the region itself lies partly in Gelderland
		{"regio-stedendriehoek", "gemeente-apeldoorn", true},
		{"provincie-gelderland", "gemeente-apeldoorn", true},
		{"nl", "gemeente-apeldoorn", true},
		{"provincie-drenthe", "gemeente-zwolle", false},
		{"provincie-overijssel", "gemeente-zwolle", true},
		{"regio-zwolle", "gemeente-zwolle", true},
		{"regio-zwolle", "provincie-overijssel", true}, // a region partly in the asker's province
		{"regio-zwolle", "provincie-drenthe", true},
		{"provincie-drenthe", "regio-zwolle", false}, // someone in "Regio Zwolle" may be anywhere in it
		{"provincie-drenthe", "gemeente-meppel", true},
	}
	for _, tt := range tests {
		if got := g.Applies(tt.offer, tt.asker); got != tt.want {
			t.Errorf("Applies(%s, %s) = %v, want %v", tt.offer, tt.asker, got, tt.want)
		}
	}
	if !g.Reaches("provincie-drenthe", "regio-zwolle") || g.Reaches("provincie-limburg", "regio-zwolle") {
		t.Error("Reaches: a province's offers reach the part of Regio Zwolle in it, and no other province's")
	}
}
