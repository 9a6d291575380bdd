package discord

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/wegwijzer/wegwijzer"
)

// Discord's message limits (https://discord.com/developers/docs/resources/message,
// https://discord.com/developers/docs/interactions/message-components) that the rendering keeps to.
const (
	maxContent     = 2000 // characters of a message's content
	maxRows        = 5    // action rows in a message
	maxRowButtons  = 5    // buttons in one action row
	maxButtonLabel = 80   // characters of a button label
	maxCustomID    = 100  // characters of a custom_id
	maxURL         = 512  // characters of a link we show (ours)
	minText        = 200  // characters of the reply text kept when offers need the room
)

// label is an adapter text in Dutch and English.
type label struct{ nl, en string }

func (l label) in(lang string) string {
	if lang == "en" {
		return l.en
	}
	return l.nl
}

var labels = struct{ trimmed, more, unavailable label }{
	trimmed:     label{"… (ingekort)", "… (shortened)"},
	more:        label{"Nog %d aanbod past niet in dit bericht; stel een preciezere vraag.", "%d more offers do not fit in this message; ask a more specific question."},
	unavailable: label{"Wegwijzer is even niet beschikbaar. Probeer het later opnieuw.", "Wegwijzer is unavailable right now. Please try again later."},
}

// bareURL finds links not yet in <...>, so Discord shows no preview card for them.
var bareURL = regexp.MustCompile(`(^|[\s(])(https?://[^\s<>)]+)`)

// render turns a reply into an interaction message within Discord's limits: the text, the offers (title,
// provider, why, link), the next step, and the options as buttons. It is ephemeral, suppresses link previews
// and never lets an echoed "@everyone" or "<@id>" ping anyone. It never fails.
func render(r *wegwijzer.Reply, fallbackLang string) *discordgo.InteractionResponseData {
	lang := r.Language
	if lang == "" {
		lang = fallbackLang
	}
	return &discordgo.InteractionResponseData{
		Content:         messageText(r, lang),
		Components:      buttons(r.Options),
		AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}},
		Flags:           discordgo.MessageFlagsEphemeral | discordgo.MessageFlagsSuppressEmbeds,
	}
}

// messageText builds the message text. When everything does not fit, offers at the end are left out first (with a
// note), then the reply text is shortened; the first offer and the next step stay whenever they fit at all.
func messageText(r *wegwijzer.Reply, lang string) string {
	text := unfurlSafe(strings.TrimSpace(r.Text))
	var offers []string
	for _, of := range r.Offers {
		offers = append(offers, offerText(of))
	}
	var next string
	if s := strings.TrimSpace(r.NextStep); s != "" {
		next = "👉 " + unfurlSafe(trimRunes(s, 600, "…"))
	}
	join := func(text string, offers []string, note string) string {
		parts := []string{}
		if text != "" {
			parts = append(parts, text)
		}
		parts = append(parts, offers...)
		if note != "" {
			parts = append(parts, note)
		}
		if next != "" {
			parts = append(parts, next)
		}
		return strings.Join(parts, "\n\n")
	}
	keep, note := offers, ""
	for len(keep) > 1 && runes(join(trimRunes(text, minText, labels.trimmed.in(lang)), keep, note)) > maxContent {
		keep = keep[:len(keep)-1]
		note = "_" + fmt.Sprintf(labels.more.in(lang), len(offers)-len(keep)) + "_"
	}
	if over := runes(join(text, keep, note)) - maxContent; over > 0 {
		text = trimRunes(text, max(runes(text)-over, 0), labels.trimmed.in(lang))
	}
	out := join(text, keep, note)
	if strings.TrimSpace(out) == "" {
		out = "Wegwijzer"
	}
	return trimRunes(out, maxContent, "…")
}

func offerText(of wegwijzer.OfferRef) string {
	var b strings.Builder
	b.WriteString("**" + escape(trimRunes(of.Title, 200, "…")) + "**")
	if of.Provider != "" {
		b.WriteString(" · " + escape(trimRunes(of.Provider, 150, "…")))
	}
	if of.Why != "" {
		b.WriteString("\n" + escape(trimRunes(of.Why, 300, "…")))
	}
	if u := linkURL(of.URL); u != "" {
		b.WriteString("\n<" + u + ">")
	}
	return b.String()
}

// buttons puts the options in action rows: at most five rows of five buttons. Options whose value cannot be a
// custom_id (empty, too long, or a repeat) are left out, since Discord refuses the whole message for one bad button.
func buttons(opts []wegwijzer.Option) []discordgo.MessageComponent {
	var rows []discordgo.MessageComponent
	var row []discordgo.MessageComponent
	seen := map[string]bool{}
	for _, op := range opts {
		if op.Value == "" || utf8.RuneCountInString(op.Value) > maxCustomID || seen[op.Value] {
			continue
		}
		if len(rows) == maxRows {
			break
		}
		seen[op.Value] = true
		lbl := strings.TrimSpace(op.Label)
		if lbl == "" {
			lbl = op.Value
		}
		style := discordgo.SecondaryButton
		if op.Value == "feedback:yes" {
			style = discordgo.SuccessButton
		}
		row = append(row, discordgo.Button{Label: trimRunes(lbl, maxButtonLabel, "…"), Style: style, CustomID: op.Value})
		if len(row) == maxRowButtons {
			rows = append(rows, discordgo.ActionsRow{Components: row})
			row = nil
		}
	}
	if len(row) > 0 && len(rows) < maxRows {
		rows = append(rows, discordgo.ActionsRow{Components: row})
	}
	if rows == nil {
		// An empty list, not null: an updated message loses the buttons of the step before.
		rows = []discordgo.MessageComponent{}
	}
	return rows
}

// linkURL returns u when it is an absolute http(s) link short enough to show, else "".
func linkURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" || len(u) > maxURL || strings.ContainsAny(u, "<> \n") {
		return ""
	}
	return u
}

// unfurlSafe wraps bare links in <...> so that Discord shows them without a preview.
func unfurlSafe(s string) string { return bareURL.ReplaceAllString(s, "$1<$2>") }

// escape keeps catalogue text from being read as Discord markdown.
var escaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "~", `\~`, "`", "\\`", "|", `\|`, ">", `\>`)

func escape(s string) string { return escaper.Replace(s) }

func runes(s string) int { return utf8.RuneCountInString(s) }

// trimRunes shortens s to at most n characters, ending in tail when it had to cut.
func trimRunes(s string, n int, tail string) string {
	if runes(s) <= n {
		return s
	}
	keep := n - runes(tail)
	if keep <= 0 {
		return string([]rune(tail)[:max(n, 0)])
	}
	return strings.TrimRight(string([]rune(s)[:keep]), " \n") + tail
}
