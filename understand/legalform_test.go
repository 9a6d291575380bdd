package understand_test

import (
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/understand"
)

func TestLegalFormToBecomeIsNotTheAskers(t *testing.T) {
	for _, tt := range []struct {
		text string
		want string // the asker's legal form
	}{
		{"volgens mijn adviseur moet ik een bv worden", ""},
		{"we willen een holding oprichten", ""},
		{"should I become a bv?", ""},
		{"ik heb een eenmanszaak en wil een bv worden", wegwijzer.LegalFormIB},
		{"ik heb een bv en wil minder belasting betalen", wegwijzer.LegalFormRechtspersoon},
	} {
		if got := understand.LegalForm(tt.text); got != tt.want {
			t.Errorf("LegalForm(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestLegalFormWithAnAdjective(t *testing.T) {
	for _, text := range []string{"one of the staff at our dutch bv is expecting", "in onze kleine bv werken 4 mensen"} {
		if got := understand.LegalForm(text); got != wegwijzer.LegalFormRechtspersoon {
			t.Errorf("LegalForm(%q) = %q, want %q", text, got, wegwijzer.LegalFormRechtspersoon)
		}
	}
}
