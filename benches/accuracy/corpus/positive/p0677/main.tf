terraform {
  required_version = ">= 1.5"
}

provider "microsoft_teams" {
  webhook_url = "https://nfbttrwj.webhook.office.com/webhookb2/0640c5c1-7c00-48bb-9c0f-8feb2e58883f@bb64d325-7856-45af-8f94-da0870b33dd6/IncomingWebhook/0e012c113670dad6680a6678464c5240/2f50b908-95b4-4412-8959-d7e0af979f3b"
}

resource "null_resource" "bootstrap" {}
