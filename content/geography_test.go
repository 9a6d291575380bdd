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
	}
	for in, want := range tests {
		if got := cat.Geography.FindIn(in); got != want {
			t.Errorf("FindIn(%q) = %q, want %q", in, got, want)
		}
	}
}

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
		{"gemeente-deventer", "provincie-gelderland", false}, // Deventer's pilot region reaches into Gelderland, Deventer does not
		{"gemeente-deventer", "gemeente-apeldoorn", false},
		{"regio-stedendriehoek", "provincie-gelderland", true}, // the region itself lies partly in Gelderland
		{"regio-stedendriehoek", "gemeente-apeldoorn", true},
		{"provincie-gelderland", "gemeente-apeldoorn", true},
		{"nl", "gemeente-apeldoorn", true},
	}
	for _, tt := range tests {
		if got := g.Applies(tt.offer, tt.asker); got != tt.want {
			t.Errorf("Applies(%s, %s) = %v, want %v", tt.offer, tt.asker, got, tt.want)
		}
	}
}
