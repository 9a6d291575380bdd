package index

import (
	"testing"

	"github.com/wegwijzer/wegwijzer/understand"
)

func TestAsksAsBusiness(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		q    string
		want bool
	}{
		{"mijn klant betaalt niet", true},
		{"ik heb een bakkerij in Zwolle", true}, // a sector
		{"als zzp'er wil ik een lening", true},  // a size
		{"how do I register my company", true},
		{"mijn huisbaas houdt de borg in", false},
		{"who won the world cup", false},
	}
	for _, tt := range tests {
		m := understand.Parse(tt.q)
		if got := ix.asksAsBusiness(m, ix.understand(m)); got != tt.want {
			t.Errorf("asksAsBusiness(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
