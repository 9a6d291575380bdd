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
	maxEmbeds      = 10   // embeds in a message
	maxEmbedTotal  = 6000 // characters of all embeds of a message together
)

// label is an adapter text in Dutch and English.
type label struct{ nl, en string }

func (l label) in(lang string) string {
	if lang == "en" {
		return l.en
	}
	return l.nl
}

var labels = struct{ trimmed, more, unavailable, fit, status label }{
	fit:         label{"Waarom dit past", "Why it fits"},
	status:      label{"Status", "Status"},
	trimmed:     label{"… (ingekort)", "… (shortened)"},
	more:        label{"Nog %d aanbod past niet in dit bericht; stel een preciezere vraag.", "%d more offers do not fit in this message; ask a more specific question."},
	unavailable: label{"Wegwijzer is even niet beschikbaar. Probeer het later opnieuw.", "Wegwijzer is unavailable right now. Please try again later."},
}

// bareURL finds links not yet in <...>, so Discord shows no preview card for them.
var bareURL = regexp.MustCompile(`(^|[\s(])(https?://[^\s<>)]+)`)

// render turns a reply into an interaction message within Discord's limits: the text and the next step as
// content, each offer as an embed card (title with its link, what you get, why it fits, the status in words,
// the provider), and the options as buttons. It is ephemeral and never lets an echoed "@everyone" or "<@id>"
// ping anyone. It never fails.
func render(r *wegwijzer.Reply, fallbackLang string) *discordgo.InteractionResponseData {
	lang := r.Language
	if lang == "" {
		lang = fallbackLang
	}
	embeds, left := offerEmbeds(r.Offers, lang)
	return &discordgo.InteractionResponseData{
		Content:         messageText(r, lang, left),
		Embeds:          embeds,
		Components:      buttons(r.Options),
		AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}},
		Flags:           discordgo.MessageFlagsEphemeral,
	}
}

// messageText builds the message text: the reply text, a note on offers left out, and the next step. When it
// does not fit, the reply text is shortened; the next step stays whenever it fits at all.
func messageText(r *wegwijzer.Reply, lang string, left int) string {
	text := unfurlSafe(strings.TrimSpace(r.Text))
	var note, next string
	if left > 0 {
		note = "_" + fmt.Sprintf(labels.more.in(lang), left) + "_"
	}
	if s := strings.TrimSpace(r.NextStep); s != "" {
		next = "👉 " + unfurlSafe(trimRunes(s, 600, "…"))
	}
	join := func(text string) string {
		var parts []string
		for _, p := range []string{text, note, next} {
			if p != "" {
				parts = append(parts, p)
			}
		}
		return strings.Join(parts, "\n\n")
	}
	if over := runes(join(text)) - maxContent; over > 0 {
		text = trimRunes(text, max(runes(text)-over, minText), labels.trimmed.in(lang))
	}
	out := join(text)
	if strings.TrimSpace(out) == "" {
		out = "Wegwijzer"
	}
	return trimRunes(out, maxContent, "…")
}

// offerEmbeds renders the offers as embed cards, as many as Discord allows in one message; it returns how many
// were left out.
func offerEmbeds(offers []wegwijzer.OfferRef, lang string) ([]*discordgo.MessageEmbed, int) {
	embeds := []*discordgo.MessageEmbed{}
	total := 0
	for i, of := range offers {
		e := offerEmbed(of, lang)
		size := embedSize(e)
		if len(embeds) == maxEmbeds || total+size > maxEmbedTotal {
			return embeds, len(offers) - i
		}
		total += size
		embeds = append(embeds, e)
	}
	return embeds, 0
}

// groupColours tell money, rules and help apart at a glance.
var groupColours = map[wegwijzer.Group]int{wegwijzer.GroupMoney: 0x1f7a4d, wegwijzer.GroupRules: 0xb35c00, wegwijzer.GroupHelp: 0x154273}

func offerEmbed(of wegwijzer.OfferRef, lang string) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{Title: escape(trimRunes(of.Title, 200, "…")), URL: linkURL(of.URL), Color: groupColours[of.Group]}
	desc := of.Pitch
	if desc == "" {
		desc = of.Why
	}
	e.Description = escape(trimRunes(desc, 300, "…"))
	if of.Fit != "" {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: labels.fit.in(lang), Value: escape(trimRunes(of.Fit, 250, "…"))})
	}
	if of.StatusText != "" {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: labels.status.in(lang), Value: escape(trimRunes(of.StatusText, 250, "…"))})
	}
	if of.Provider != "" {
		e.Footer = &discordgo.MessageEmbedFooter{Text: trimRunes(of.Provider, 150, "…")}
	}
	return e
}

// embedSize counts the characters Discord counts towards an embed's limit.
func embedSize(e *discordgo.MessageEmbed) int {
	n := runes(e.Title) + runes(e.Description)
	for _, f := range e.Fields {
		n += runes(f.Name) + runes(f.Value)
	}
	if e.Footer != nil {
		n += runes(e.Footer.Text)
	}
	return n
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
