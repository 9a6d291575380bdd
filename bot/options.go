package bot

import (
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
