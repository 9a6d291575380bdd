package discord

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/wegwijzer/wegwijzer"
)

func TestRenderKeepsToDiscordLimits(t *testing.T) {
	long := strings.Repeat("lange uitleg ", 400)
	r := &wegwijzer.Reply{Kind: wegwijzer.ReplyAnswer, Text: long, NextStep: "Bel het Ondernemersplein: https://ondernemersplein.nl", Language: "nl"}
	for i := range 20 {
		r.Offers = append(r.Offers, wegwijzer.OfferRef{
			Title: fmt.Sprintf("Regeling %d %s", i, strings.Repeat("x", 300)), Provider: "RVO",
			Why: strings.Repeat("waarom ", 100), URL: fmt.Sprintf("https://example.nl/%d", i),
		})
	}
	for i := range 40 {
		r.Options = append(r.Options, wegwijzer.Option{Label: strings.Repeat("knop ", 30), Value: fmt.Sprintf("topic:%d", i)})
	}
	r.Options = append([]wegwijzer.Option{
		{Label: "te lang", Value: "topic:" + strings.Repeat("y", 100)},
		{Label: "dubbel", Value: "topic:0"},
		{Label: "", Value: ""},
	}, r.Options...)
	d := render(r, "")

	if n := utf8.RuneCountInString(d.Content); n > 2000 {
		t.Errorf("content has %d characters, want at most 2000", n)
	}
	for _, want := range []string{"**Regeling 0", "<https://example.nl/0>", "👉 Bel het Ondernemersplein: <https://ondernemersplein.nl>", "(ingekort)", "past niet in dit bericht"} {
		if !strings.Contains(d.Content, want) {
			t.Errorf("content lacks %q", want)
		}
	}
	if len(d.Components) != 5 {
		t.Fatalf("%d rows, want 5", len(d.Components))
	}
	seen := map[string]bool{}
	for _, row := range d.Components {
		buttons := row.(discordgo.ActionsRow).Components
		if len(buttons) != 5 {
			t.Errorf("row with %d buttons, want 5", len(buttons))
		}
		for _, c := range buttons {
			b := c.(discordgo.Button)
			if utf8.RuneCountInString(b.Label) > 80 || len(b.CustomID) > 100 || b.CustomID == "" || seen[b.CustomID] {
				t.Errorf("button %q (%q) breaks a limit or repeats", b.Label, b.CustomID)
			}
			seen[b.CustomID] = true
		}
	}
	if d.AllowedMentions == nil || d.AllowedMentions.Parse == nil || len(d.AllowedMentions.Parse) != 0 {
		t.Errorf("allowed mentions %+v, want none", d.AllowedMentions)
	}
}

func TestRenderOffers(t *testing.T) {
	tests := []struct {
		name string
		of   wegwijzer.OfferRef
		want string
	}{
		{"title, provider, why and link", wegwijzer.OfferRef{Title: "WBSO", Provider: "RVO", Why: "innoveren", URL: "https://rvo.nl/wbso"},
			"**WBSO** · RVO\ninnoveren\n<https://rvo.nl/wbso>"},
		{"markdown in catalogue text is escaped", wegwijzer.OfferRef{Title: "a*b_c", Provider: "x|y"}, `**a\*b\_c** · x\|y`},
		{"a link that is not http is left out", wegwijzer.OfferRef{Title: "T", URL: "javascript:alert(1)"}, "**T**"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := offerText(tt.of); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRenderWithoutOptionsClearsButtons(t *testing.T) {
	d := render(&wegwijzer.Reply{Text: "Klaar."}, "en")
	if d.Components == nil || len(d.Components) != 0 {
		t.Errorf("components %v, want an empty list", d.Components)
	}
	if d.Content != "Klaar." {
		t.Errorf("content %q", d.Content)
	}
}
