package understand

import (
	"strings"
	"testing"
)

// TestReportedBy: a party named before a verb of saying or after "volgens"/"according to" is someone the asker
// reports on; the asker's own trade is not.
func TestReportedBy(t *testing.T) {
	tests := []struct {
		text, party string
		want        bool
	}{
		{"mijn accountant zegt dat ik een bv moet worden", "accountant", true},
		{"volgens mijn oude boekhouder moet ik btw betalen", "boekhouder", true},
		{"according to my accountant i need a bv", "accountant", true},
		{"my accountant told me to register", "accountant", true},
		{"ik ben accountant en zoek personeel", "accountant", false},
		{"mijn accountantskantoor zoekt personeel", "accountantskantoor", false},
	}
	for _, tt := range tests {
		ws := strings.Fields(tt.text)
		i := -1
		for k, w := range ws {
			if w == tt.party {
				i = k
			}
		}
		if got := ReportedBy(ws, i, 1); got != tt.want {
			t.Errorf("ReportedBy(%q, %q) = %v, want %v", tt.text, tt.party, got, tt.want)
		}
	}
}
