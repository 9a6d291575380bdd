package bot

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/understand"
)

// validOption reports whether a button value is one the bot could have offered: a known kind with a value the
// catalogue (or the dialogue) knows. A button value comes from the client and could be anything; an unknown one
// is the client's mistake (Handle returns EINVALID), not a question.
func validOption(cat *content.Catalogue, option string) bool {
	kind, value, ok := strings.Cut(option, ":")
	if !ok || value == "" {
		return false
	}
	switch kind {
	case "cmd":
		_, known := optionIntents[value]
		return known
	case "theme":
		return cat.Theme(value) != nil
	case "topic":
		return slices.ContainsFunc(cat.Themes, func(th content.Theme) bool {
			return slices.ContainsFunc(th.Topics, func(tp content.Topic) bool { return tp.ID == value })
		})
	case "sector":
		return value == "-" || cat.Sector(value) != nil
	case "region":
		return value == "-" || (cat.Geography != nil && cat.Geography.Place(value) != nil)
	case "size":
		return value == "-" || slices.Contains(wegwijzer.Sizes(), value)
	case slotLegalForm:
		return value == "-" || slices.Contains(wegwijzer.LegalForms(), value)
	case "feedback":
		return value == "yes" || value == "no"
	case "problem":
		n, err := strconv.Atoi(value)
		return value == "next" || (err == nil && n >= 0 && n < 100)
	case "ask":
		_, known := followUpLabels[understand.Intent(value)]
		return known
	}
	return false
}

// applyOption handles a pressed button. It returns a reply when the option ends the turn by itself.
func (t *turnState) applyOption() *wegwijzer.Reply {
	c := t.conv
	kind, value, _ := strings.Cut(t.msg.Option, ":")
	switch kind {
	case "theme":
		if t.cat.Theme(value) == nil {
			return t.info(texts.help.in(t.lang))
		}
		c.Slots[slotTheme] = value
		delete(c.Slots, slotTopic)
	case "topic":
		if t.topicOf(c.Slots[slotTheme], []string{value}) == "" {
			return t.info(texts.help.in(t.lang))
		}
		c.Slots[slotTopic] = value
		delete(c.Slots, slotTopicRead)
	case slotSector, slotRegion, slotSize, slotLegalForm:
		// Only ids the catalogue knows: a button value comes from the client and could be anything.
		known := value == "-" || (kind == slotSector && t.cat.Sector(value) != nil) || (kind == slotRegion && t.cat.Geography.Place(value) != nil) ||
			(kind == slotSize && slices.Contains(wegwijzer.Sizes(), value)) || (kind == slotLegalForm && slices.Contains(wegwijzer.LegalForms(), value))
		if !known {
			return t.info(texts.help.in(t.lang))
		}
		c.Slots[kind] = value // "-" means: skipped
	case "feedback":
		return t.feedback(value == "yes")
	case "problem":
		if !t.pickProblem(value) {
			return t.info(texts.help.in(t.lang))
		}
	case "ask":
		in := understand.Intent(value)
		if _, ok := followUpLabels[in]; !ok || len(t.shown()) == 0 {
			return t.info(texts.help.in(t.lang))
		}
		o := t.cat.Offer(t.shown()[0])
		if f := t.cat.Offer(c.Slots[slotFocus]); f != nil {
			o = f // the buttons under a follow-up ask on about its offer
		}
		if o != nil {
			return t.followUp(in, []*wegwijzer.Offer{o})
		}
		return t.info(texts.help.in(t.lang))
	default:
		return t.info(texts.help.in(t.lang))
	}
	return nil
}

// numberedOption returns the value of the option a message names by its number alone while the bot asks a
// clarifying question, or "". A number to the question about the company's size is a headcount ("5": five people,
// not the fifth button).
func (t *turnState) numberedOption() string {
	c := t.conv
	if c.State != StateClarify || t.msg.Option != "" {
		return ""
	}
	n, err := strconv.Atoi(strings.TrimRight(strings.TrimSpace(t.msg.Text), ".)"))
	if err != nil || n < 1 {
		return ""
	}
	var values []string
	if ps := lines(c.Slots[slotProblems]); len(ps) > 1 {
		for i := range ps {
			values = append(values, fmt.Sprintf("problem:%d", i))
		}
	} else if lastAsked(c) != slotSize {
		if r := t.askedAgain(); r != nil {
			for _, o := range r.Options {
				values = append(values, o.Value)
			}
		}
	}
	if n > len(values) {
		return ""
	}
	return values[n-1]
}

// personOrTopic are the buttons of a reply that cannot help further by itself ("weet ik niet" twice, nothing more
// found): a person first, or another topic.
func (t *turnState) personOrTopic() []wegwijzer.Option {
	return []wegwijzer.Option{
		{Label: pick(t.lang, "Praat met een mens", "Talk to a person"), Value: "cmd:handoff"},
		{Label: pick(t.lang, "Kies een onderwerp", "Pick a topic"), Value: "cmd:refine"},
	}
}
