package understand

import "testing"

// A cue after "wel of" or "whether or" is one side of a choice the asker weighs up: the words after it are the
// question, not rejected. The wordings are the test's own (helper "rank8").
func TestEitherWayRejectsNothing(t *testing.T) {
	for _, c := range []struct {
		text   string
		reject bool
	}{
		{"moet ik wel of geen personeel aannemen in mijn salon", false},
		{"ik twijfel of ik wel of niet een werknemer aanneem", false},
		{"moet ik wel of geen bv oprichten", false},
		{"should I decide whether or not to hire my first employee", false},
		{"whether or not to hire staff for my shop", false},
		// A plain cue still rejects.
		{"ik wil geen lening maar een subsidie", true},
		{"a grant for solar panels, not a loan", true},
	} {
		t.Run(c.text, func(t *testing.T) {
			if _, negated := dropNegated(c.text); (len(negated) > 0) != c.reject {
				t.Errorf("rejected %v, want rejected: %v", negated, c.reject)
			}
		})
	}
}
