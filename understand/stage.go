package understand

import (
	"regexp"
	"strings"
)

// StartsBusiness reports whether the text says that the business is still to be started ("ik wil een bakkerij
// beginnen", "starting a web shop", "I want to open a tattoo shop", "ik wil zzp'er worden"): a business that does
// not exist yet has no size to ask for. It reads a start in any trade (StartOf) and the starter's own words
// ("starter", "startende").
func StartsBusiness(text string) bool {
	return startingBusiness.MatchString(strings.ToLower(text)) || StartOf(words(joinSeparable(text))).Starts()
}

// EndsBusiness reports whether the text says that the business is being ended ("ik stop met mijn winkel", "we
// willen stoppen met de zaak", "closing my business"): what ending it takes (the steps, deregistering, the tax
// relief) is the same for every size.
func EndsBusiness(text string) bool { return endingBusiness.MatchString(strings.ToLower(text)) }

// startingBusiness matches the words that say the business is still to be started ("ik wil een bakkerij beginnen",
// "starting a web shop").
var startingBusiness = regexp.MustCompile(`(?:^|\P{L})(?:beginnen|starten|opstarten|oprichten|opzetten|starter|starters|startende|start a|starting a|starting my|set up a|setting up a)(?:\P{L}|$)`)

// endingBusiness matches the words that say the business is being ended ("ik stop met mijn winkel", "closing my
// business").
var endingBusiness = regexp.MustCompile(`(?:^|\P{L})(?:(?:stop|stopt|stoppen|gestopt|ophouden|ophoudt)\s+met\s+(?:mijn|m'n|mn|onze|ons|de|het|zijn|haar)|opheffen|bedrijfsbeeindiging|bedrijfsbeëindiging|(?:close|closing|stop|stopping|shut down|shutting down|wind down|winding down)\s+(?:my|our|the)\s+(?:business|company|shop|firm|store))(?:\P{L}|$)`)
