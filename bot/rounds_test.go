package bot

import (
	"testing"

	"github.com/wegwijzer/wegwijzer"
)

func TestDormantSchemes(t *testing.T) {
	const day = "2026-12-06"
	tests := []struct {
		name    string
		o       wegwijzer.Offer
		dormant bool
	}{
		{"round open", wegwijzer.Offer{Rounds: []wegwijzer.Round{{Opens: "2026-12-01", Closes: "2026-12-20"}}}, false},
		{"last round this year", wegwijzer.Offer{Rounds: []wegwijzer.Round{{Opens: "2022-05-09"}, {Opens: "2026-01-27"}}}, false},
		{"the latest round decides", wegwijzer.Offer{Rounds: []wegwijzer.Round{{Opens: "2020-01-01"}, {Opens: "2025-01-01", Closes: "2025-02-01"}}}, false},
		{"last round three years ago", wegwijzer.Offer{Rounds: []wegwijzer.Round{{Opens: "2023-04-01", Closes: "2023-09-30"}}}, true},
		{"an announced round wakes it", wegwijzer.Offer{Rounds: []wegwijzer.Round{{Opens: "2023-04-01", Closes: "2023-09-30"}, {Opens: "2027-03-01"}}}, false},
		{"unconfirmed between rounds", wegwijzer.Offer{Unconfirmed: true, Rounds: []wegwijzer.Round{{Opens: "2025-10-01", Closes: "2025-11-01"}}}, true},
		{"no rounds known", wegwijzer.Offer{}, false},
	}
	for _, tt := range tests {
		tt.o.Status = wegwijzer.StatusRondes
		if got := isDormant(&tt.o, day); got != tt.dormant {
			t.Errorf("%s: isDormant = %v, want %v", tt.name, got, tt.dormant)
		}
	}
}
