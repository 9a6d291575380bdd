package understand

// Words that show a business in a message, Dutch and English side by side, in the search's spelling (lower case,
// no accents, no apostrophes: "mkber"): doing business, selling, consumers as a group. See business.go.

// nlBusinessContext are words of doing business that a private person's question rarely has: hiring, trade, a
// business's premises, a permit, and the money a business asks for (IsBusinessContext).
var nlBusinessContext = `aannemen aangenomen inhuren vacature vacatures loonkosten sollicitanten export exporteren
	exporteur import importeren importeur concurrent concurrenten franchise franchisenemer franchisegever groothandel
	inkoop pand panden loods machine machines productie productielijn organisatie merk merken octrooi handelsnaam
	onderaannemer onderaannemers schuldeisers mkb mkber mkbers b2b vergunning vergunningen subsidie subsidies
	subsidieregeling financiering investering investeringen investeren investeerder investeerders krediet`

// enBusinessContext: see nlBusinessContext.
var enBusinessContext = `hire hiring hired recruit recruiting vacancy vacancies payroll export import competitor
	competitors franchise wholesale production manufacturing office offices premises organization trademark brand
	patent subcontractor creditors sme smes b2b permit permits licence licenses license investor investors funding
	grant grants investment investments`

// nlBusinessPrefixes begin the compounds and words of doing business ("bedrijfspand", "zakelijke", "kantoorruimte",
// "winkelpand", "exportkrediet", "commercieel"); each is such a word alone too, but for nlCompoundOnlyPrefixes.
var nlBusinessPrefixes = []string{"bedrijfs", "bedrijv", "zakelijk", "onderneming", "ondernemer", "commerci", "krediet",
	"export", "klantge", "kantoor", "winkel", "fabriek"}

// enBusinessPrefixes: see nlBusinessPrefixes ("businessplan", "commercial").
var enBusinessPrefixes = []string{"business", "commerci"}

// nlCompoundOnlyPrefixes show a business only in a compound ("winkelpand"): a consumer goes to "de winkel" and
// "het kantoor" too.
var nlCompoundOnlyPrefixes = `kantoor winkel`

// nlBusinessSuffixes end the compounds of doing business ("transportbedrijf", "startende ondernemers",
// "bedrijfspand", "omgevingsvergunning").
var nlBusinessSuffixes = []string{"bedrijf", "bedrijven", "ondernemer", "ondernemers", "pand", "vergunning"}

// nlSellerWords say, after "als", that the asker sells ("als verkoper") (IsSellerWord).
var nlSellerWords = `verkoper verkopers`

// enSellerWords: see nlSellerWords ("as a seller").
var enSellerWords = `seller sellers retailer`

// nlConsumerGroups are consumers as a group, to whom a business sells ("verkopen aan particulieren")
// (IsConsumerGroup).
var nlConsumerGroups = `particulieren consumenten`

// enConsumerGroups: see nlConsumerGroups ("selling to consumers").
var enConsumerGroups = `consumers customers`

// nlArticles are the articles and demonstratives before a noun ("de supermarkt", "een webwinkel"): a sector named
// after one is the shop a consumer goes to, not a kind of business (IsArticle).
var nlArticles = `een de het die dat deze`

// enArticles: see nlArticles.
var enArticles = `the a an this that`
