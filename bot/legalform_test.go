package bot_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestLegalForm: the legal form is asked only when the offers found differ on it, is read from the question or a
// free answer, and decides which offers fit and which the asker nearly qualifies for (issue 11, item 7).
func TestLegalForm(t *testing.T) {
	tests := []struct {
		name  string
		steps []step
		form  string // the asker's legal form the last reply must reflect
	}{
		{"asked, button", []step{
			{say: "ik wil minder belasting betalen over mijn winst", kind: wegwijzer.ReplyClarify, text: "rechtsvorm"},
			{say: "legal_form:ib", kind: wegwijzer.ReplyAnswer},
		}, wegwijzer.LegalFormIB},
		{"asked, free answer", []step{
			{say: "hoe betaal ik minder belasting over mijn winst?", kind: wegwijzer.ReplyClarify, text: "rechtsvorm"},
			{say: "we hebben een bv", kind: wegwijzer.ReplyAnswer},
		}, wegwijzer.LegalFormRechtspersoon},
		{"named in the question, not asked", []step{
			{say: "ik heb een bv en wil minder belasting betalen over mijn winst", kind: wegwijzer.ReplyAnswer},
		}, wegwijzer.LegalFormRechtspersoon},
		{"named in the question, English", []step{
			{say: "I have a sole proprietorship and want to pay less tax on my profit", kind: wegwijzer.ReplyAnswer},
		}, wegwijzer.LegalFormIB},
	}
	c, _ := mustSearch(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEngine(t, mustBolt(t), bot.Options{})
			replies := run(t, e, "lf-"+strings.ReplaceAll(tt.name, " ", "-"), tt.steps)
			r := replies[len(replies)-1]
			var fits, almost int // offers for the asker's legal form; offers only for another one
			for i, o := range r.Offers {
				lf := c.Offer(o.ID).LegalForm
				nearly := strings.HasPrefix(o.Fit, "Bijna: ") || strings.HasPrefix(o.Fit, "Almost: ")
				switch {
				case lf == "":
				case lf == tt.form && nearly:
					t.Errorf("%s is for the asker's legal form but reads %q", o.ID, o.Fit)
				case lf == tt.form:
					fits++
				case !nearly:
					t.Errorf("%s is only for %s, the asker is %s, but reads %q", o.ID, lf, tt.form, o.Fit)
				default:
					almost++
					if i+1 < len(r.Offers) && !slices.Contains([]string{"Bijna", "Almost"}, strings.SplitN(r.Offers[i+1].Fit, ":", 2)[0]) && r.Offers[i+1].Group == o.Group {
						t.Errorf("%s, which the asker nearly qualifies for, comes before %s, which fits", o.ID, r.Offers[i+1].ID)
					}
				}
			}
			if fits == 0 {
				t.Errorf("no offer for the asker's legal form in %v", r.Offers)
			}
			if tt.form == wegwijzer.LegalFormRechtspersoon && almost == 0 {
				t.Errorf("a bv asking about tax on profit sees no offer for a sole proprietorship marked as nearly: %v", r.Offers)
			}
		})
	}
}

// TestLegalFormNotAskedWhenAllTheSame: a question whose offers are for every legal form is not asked about it,
// nor one that an offer for every legal form answers far better than the offers that differ (the WBSO for R&D
// work, with the innovation box and the self-employed deduction far behind).
func TestLegalFormNotAskedWhenAllTheSame(t *testing.T) {
	for i, say := range []string{"subsidie voor zonnepanelen op mijn bedrijfspand", "tax credit for R&D work on our software",
		"belastingvoordeel voor speur- en ontwikkelingswerk aan onze software"} {
		e := newEngine(t, mustBolt(t), bot.Options{})
		run(t, e, fmt.Sprintf("lf-same-%d", i), []step{{say: say, kind: wegwijzer.ReplyAnswer}})
	}
}

// TestStarterIsNotAskedSize: a business that is still to be started has no size to ask for. A broad question is
// asked the place (regional financing), then answered.
func TestStarterIsNotAskedSize(t *testing.T) {
	tests := []struct {
		first string
		kind  wegwijzer.ReplyKind // of the first reply
	}{
		{"ik wil een bakkerij beginnen, welke financiering is er?", wegwijzer.ReplyClarify},
		{"ik wil een kapsalon starten, welke financiering is er?", wegwijzer.ReplyClarify},
		{"I am starting a bakery, what financing is there?", wegwijzer.ReplyAnswer},
		// A business of any trade opened or set up is started too (understand.StartsBusiness).
		{"I want to open a tattoo shop", wegwijzer.ReplyClarify},
		{"ik wil een dierenwinkel beginnen", wegwijzer.ReplyClarify},
	}
	for i, tt := range tests {
		e := newEngine(t, mustBolt(t), bot.Options{})
		replies := run(t, e, fmt.Sprintf("starter-%d", i), []step{
			{say: tt.first, kind: tt.kind},
			{say: "Amsterdam", kind: wegwijzer.ReplyAnswer},
		})
		for _, r := range replies {
			if low := strings.ToLower(r.Text); strings.Contains(low, "hoe groot") || strings.Contains(low, "how big") {
				t.Errorf("%q: asked the size of a business still to be started: %q", tt.first, r.Text)
			}
		}
	}
}

// TestLegalFormToBecome: a legal form the asker would become says nothing about who asks; the message asks about
// choosing a legal form, and gets that answer, not the theme menu.
func TestLegalFormToBecome(t *testing.T) {
	for _, tt := range []struct {
		name string
		say  string
	}{
		{"someone else says so", "de boekhouder vindt dat we een bv moeten worden"},
		{"to set up", "is het slim om nu een bv op te richten of een bv te worden?"},
		{"English", "our bookkeeper says we should become a BV"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := newEngine(t, mustBolt(t), bot.Options{})
			r := run(t, e, "lfb-"+strings.ReplaceAll(tt.name, " ", "-"), []step{{say: tt.say, kind: wegwijzer.ReplyAnswer}})[0]
			if len(r.Offers) == 0 || r.Offers[0].ID != "rechtsvorm-kiezen" {
				t.Errorf("offers %v, want rechtsvorm-kiezen first", offerIDs(r))
			}
		})
	}
}

// TestLegalFormWithAnAdjectiveIsWhoAsks: "our dutch bv" says who asks, like "our bv": a pregnant employee gets
// pregnancy leave first, not the offers on choosing a legal form.
func TestLegalFormWithAnAdjectiveIsWhoAsks(t *testing.T) {
	for _, say := range []string{
		"one of my staff at our dutch bv is pregnant, what do we have to arrange?",
		"bij onze kleine bv is een werkneemster zwanger, wat moet ik regelen?",
	} {
		e := newEngine(t, mustBolt(t), bot.Options{})
		r := run(t, e, "lfa-"+say[:8], []step{{say: say, kind: wegwijzer.ReplyAnswer, absent: []string{"rechtsvorm-kiezen"}}})[0]
		if len(r.Offers) == 0 || r.Offers[0].ID != "zwangerschapsverlof" {
			t.Errorf("%q: offers %v, want zwangerschapsverlof first", say, offerIDs(r))
		}
	}
}
