package scenario

// Costs is the action-point cost of each order. A nil field keeps the default.
type Costs struct {
	Share       *int `yaml:"share,omitempty" jsonschema:"minimum=0,maximum=10" jsonschema_description:"Default 1."`
	Request     *int `yaml:"request,omitempty" jsonschema:"minimum=0,maximum=10" jsonschema_description:"Default 1."`
	Respond     *int `yaml:"respond,omitempty" jsonschema:"minimum=0,maximum=10" jsonschema_description:"Default 1."`
	Sanitise    *int `yaml:"sanitise,omitempty" jsonschema:"minimum=0,maximum=10" jsonschema_description:"Default 1."`
	Verify      *int `yaml:"verify,omitempty" jsonschema:"minimum=0,maximum=10" jsonschema_description:"Default 1."`
	Translate   *int `yaml:"translate,omitempty" jsonschema:"minimum=0,maximum=10" jsonschema_description:"Default 1."`
	AskRelease  *int `yaml:"ask_release,omitempty" jsonschema:"minimum=0,maximum=10" jsonschema_description:"Default 1."`
	Grant       *int `yaml:"grant,omitempty" jsonschema:"minimum=0,maximum=10" jsonschema_description:"Default 0."`
	Fuse        *int `yaml:"fuse,omitempty" jsonschema:"minimum=0,maximum=10" jsonschema_description:"Default 1."`
	Propose     *int `yaml:"propose,omitempty" jsonschema:"minimum=0,maximum=10" jsonschema_description:"Default 1."`
	Commit      *int `yaml:"commit,omitempty" jsonschema:"minimum=0,maximum=10" jsonschema_description:"Default 1."`
	PostLiaison *int `yaml:"post_liaison,omitempty" jsonschema:"minimum=0,maximum=10" jsonschema_description:"Default 2."`
	Message     *int `yaml:"message,omitempty" jsonschema:"minimum=0,maximum=10" jsonschema_description:"Default 0 (messages still use channel capacity)."`
}

// Cost returns the AP cost of an order kind ("share", "post-liaison", ...)
// with defaults applied; unknown kinds and "pass" cost 0.
func (c *Costs) Cost(kind string) int {
	pick := func(p *int, def int) int {
		if p != nil {
			return *p
		}
		return def
	}
	switch kind {
	case "share":
		return pick(c.Share, 1)
	case "request":
		return pick(c.Request, 1)
	case "respond":
		return pick(c.Respond, 1)
	case "sanitise":
		return pick(c.Sanitise, 1)
	case "verify":
		return pick(c.Verify, 1)
	case "translate":
		return pick(c.Translate, 1)
	case "ask-release":
		return pick(c.AskRelease, 1)
	case "grant":
		return pick(c.Grant, 0)
	case "fuse":
		return pick(c.Fuse, 1)
	case "propose":
		return pick(c.Propose, 1)
	case "commit":
		return pick(c.Commit, 1)
	case "post-liaison":
		return pick(c.PostLiaison, 2)
	case "message":
		return pick(c.Message, 0)
	}
	return 0
}
