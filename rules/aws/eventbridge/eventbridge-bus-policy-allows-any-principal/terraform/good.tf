variable "external_policy" {
  type = string
}

resource "aws_cloudwatch_event_permission" "partner" {
  principal    = "444455556666"
  statement_id = "Partner"
}

resource "aws_cloudwatch_event_permission" "org" {
  principal    = "*"
  statement_id = "Organization"

  condition {
    key   = "aws:PrincipalOrgID"
    type  = "StringEquals"
    value = "o-exampleorgid"
  }
}

# A policy that is not known: skipped.
resource "aws_cloudwatch_event_bus_policy" "external" {
  event_bus_name = "external"
  policy         = var.external_policy
}
