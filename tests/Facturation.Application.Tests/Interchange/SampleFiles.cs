namespace Facturation.Application.Tests.Interchange;

/// <summary>Import files as a migration script would write them.</summary>
internal static class SampleFiles
{
    /// <summary>A clean file: one company, two customers, two items, two invoices and a quote (in that order).</summary>
    public const string Clean = """
        {
          "format": "facturation.interchange",
          "version": 1,
          "companies": [
            {
              "sourceId": "OLD-CO-1", "code": "acme", "legalName": "Atelier Dupont SAS", "legalForm": "SAS", "shareCapital": 10000,
              "siren": "732829320", "siret": "73282932000074", "rcsCity": "Paris", "vatNumber": "FR44732829320",
              "address": { "line1": "12 rue de la Paix", "postCode": "75002", "city": "Paris", "country": "FR" },
              "iban": "FR76 3000 6000 0112 3456 7890 189"
            }
          ],
          "customers": [
            {
              "sourceId": "OLD-C-1", "companyCode": "acme", "code": "C001", "name": "Dupont, Fils et Cie", "siren": "443061841",
              "vatNumber": "FR64443061841", "email": "compta@dupont.example",
              "billingAddress": { "line1": "3 rue Haute", "postCode": "69001", "city": "Lyon", "country": "FR" }
            },
            {
              "sourceId": "OLD-C-2", "companyCode": "acme", "code": "C002", "kind": "consumer", "name": "Hélène Martin",
              "email": "helene@example.org", "paymentTermsDays": 0,
              "billingAddress": { "line1": "1 place d'Italie", "postCode": "75013", "city": "Paris", "country": "FR" }
            }
          ],
          "items": [
            {
              "sourceId": "OLD-I-1", "companyCode": "acme", "code": "CONSEIL", "description": "Conseil", "unitCode": "HUR",
              "unitLabels": { "fr": "heure", "en": "hour" }, "unitPrice": 120.00, "taxClass": "standard", "nature": "service"
            },
            {
              "sourceId": "OLD-I-2", "companyCode": "acme", "code": "LIVRE", "description": "Livre", "unitCode": "H87",
              "unitPrice": 15.5, "taxClass": "reduced", "nature": "goods"
            }
          ],
          "documents": [
            {
              "sourceId": "OLD-D-1", "companyCode": "acme", "type": "invoice", "customerCode": "C001", "purchaseOrderReference": "PO-77",
              "lines": [ { "itemCode": "CONSEIL", "quantity": 3 }, { "itemCode": "LIVRE", "quantity": 2, "discountPercent": 10 } ],
              "allowancesCharges": [ { "reason": "Remise fidélité", "percentage": 5 }, { "isCharge": true, "reason": "Port", "amount": 8.5, "taxClass": "standard" } ]
            },
            {
              "sourceId": "OLD-D-2", "companyCode": "acme", "type": "quote", "customerCode": "C002",
              "lines": [ { "description": "Audit", "quantity": 1.5, "unitCode": "DAY", "unitPrice": 800 } ]
            },
            {
              "sourceId": "OLD-D-3", "companyCode": "acme", "type": "invoice", "customerCode": "C002", "note": "Merci",
              "lines": [ { "itemCode": "CONSEIL", "quantity": 0.25, "unitPrice": 130.1234 } ]
            }
          ]
        }
        """;
}
