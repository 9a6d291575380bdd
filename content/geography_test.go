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
