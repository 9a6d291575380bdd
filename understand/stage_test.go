package understand

import "testing"

// TestStage: starting or ending the business is read from its wording in either language; running it is neither.
func TestStage(t *testing.T) {
	tests := []struct {
		text         string
		starts, ends bool
	}{
		{"ik wil een bakkerij beginnen", true, false},
		{"Starting a web shop in Utrecht", true, false},
		{"ik stop met mijn winkel", false, true},
		{"we willen stoppen met de zaak", false, true},
		{"closing my business next year", false, true},
		{"ik wil mijn bv opheffen", false, true},
		{"subsidie voor zonnepanelen op mijn bedrijfsdak", false, false},
		{"ik stop met roken", false, false},
	}
	for _, tt := range tests {
		if got := StartsBusiness(tt.text); got != tt.starts {
			t.Errorf("StartsBusiness(%q) = %v, want %v", tt.text, got, tt.starts)
		}
		if got := EndsBusiness(tt.text); got != tt.ends {
			t.Errorf("EndsBusiness(%q) = %v, want %v", tt.text, got, tt.ends)
		}
	}
}
