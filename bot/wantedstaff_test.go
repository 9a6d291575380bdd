package bot

import (
	"strings"
	"testing"
)

// TestStaffWantedIsNoSize: a number of workers after (or before) a word of seeking or needing counts the staff
// wanted, not the company's size, and those workers stay in the search ("ik zoek 3 monteurs" was a micro company
// and its search lost "monteurs": sick pay came before finding staff). A number the business has stays its size.
func TestStaffWantedIsNoSize(t *testing.T) {
	tests := []struct {
		in, size string
		kept     string // a word the search must keep, or ""
	}{
		{"ik zoek 3 monteurs voor mijn garage", "", "monteurs"},
		{"ik zoek 3 monteurs", "", "monteurs"},
		{"we need 2 chefs", "", "chefs"},
		{"wij hebben 4 koks nodig", "", "koks"},
		{"3 monteurs gezocht", "", "monteurs"},
		{"we are hiring 5 drivers", "", "drivers"},
		{"ik wil 2 medewerkers aannemen", "", "medewerkers"},
		{"ik heb een garage met 3 monteurs", "micro", ""},
		{"a transport company with 8 drivers", "micro", ""},
		{"we hebben 12 medewerkers", "klein", ""},
		{"we hebben 12 medewerkers en zoeken er 3 monteurs bij", "klein", ""},
		{"ik heb 3 koks, want ik zoek subsidie", "micro", ""},
	}
	for _, tt := range tests {
		if got := sizeOf(tt.in); got != tt.size {
			t.Errorf("sizeOf(%q) = %q, want %q", tt.in, got, tt.size)
		}
		if tt.kept == "" {
			continue
		}
		if got := withoutAskerFacts(tt.in); !strings.Contains(got, tt.kept) {
			t.Errorf("withoutAskerFacts(%q) = %q, want %q kept", tt.in, got, tt.kept)
		}
	}
}
