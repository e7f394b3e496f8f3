#!/usr/bin/env python3
"""AWS cost of 1,000 articles through Khabar, from what the cold-start bench measured.

Reads bench/coldstart/target/coldstart/measurements.json (written by bench/coldstart/run): the extract and query
functions' warm durations, and what the seed article costs in the table as measured there: the write units of every
write the store makes for it (each billed on the item before and after, GSI1 upkeep by the template's projection),
the write requests, the bytes stored, the size of each item. Everything else is a named assumption or a list price
below; nothing is typed in by hand from a measurement.

    bench/cost/cost.py [--measurements FILE] [--articles 1000] [--queries-per-article 10] [--batch 10]
                       [--known-entities 0.0]
"""
import argparse
import json
import math
import pathlib
import sys

# ---- list prices, us-east-1, USD; as published on the named pages (last checked 2025; verify before relying) ----
# "AWS Lambda Pricing" (aws.amazon.com/lambda/pricing), Arm, first duration tier
LAMBDA_REQUEST = 0.20 / 1e6                     # per request
LAMBDA_ARM_GB_SECOND = 0.0000133334             # per GB-second
# same page, "Lambda SnapStart": Java functions pay no cache or restore charge; Python and .NET pay these
SNAPSTART_CACHE_GB_SECOND = 0.0000015046        # per GB-second of cached snapshot (Python/.NET only)
SNAPSTART_RESTORE_GB = 0.0001397998             # per GB restored (Python/.NET only)
SNAPSTART_APPLIES_TO_JAVA = False
# "Amazon DynamoDB Pricing for On-Demand Capacity" (aws.amazon.com/dynamodb/pricing/on-demand/), Standard table
# class. On-demand throughput prices were halved from 1 November 2024 to these (checked against that page and
# airbyte.com/data-engineering-resources/dynamodb-pricing, "after the 50% reduction implemented in late 2024")
DYNAMODB_WRITE_REQUEST_UNIT = 0.625 / 1e6       # per WRU (1 KB written; each index entry written is billed too)
DYNAMODB_READ_REQUEST_UNIT = 0.125 / 1e6        # per RRU (4 KB strongly consistent, half a unit eventually consistent)
DYNAMODB_STORAGE_GB_MONTH = 0.25                # beyond the first 25 GB
DYNAMODB_PITR_GB_MONTH = 0.20                   # continuous backups (the template enables them)
# "Amazon S3 Pricing", S3 Standard
S3_PUT = 0.005 / 1000                           # PUT, COPY, POST, LIST per request
S3_GET = 0.0004 / 1000                          # GET, SELECT per request
S3_STORAGE_GB_MONTH = 0.023
# "Amazon SQS Pricing", standard queue, beyond the first million requests (each 64 KB chunk is a request)
SQS_REQUEST = 0.40 / 1e6
# "Amazon API Gateway Pricing", HTTP APIs, first 300 million requests a month
HTTP_API_REQUEST = 1.00 / 1e6
# "Amazon Comprehend Pricing", DetectEntities: $0.0001 per unit of 100 characters, 3 units minimum per request
COMPREHEND_UNIT = 0.0001
COMPREHEND_UNIT_CHARACTERS = 100
COMPREHEND_MIN_UNITS = 3

# ---- assumptions about use (change with the flags or here) ----
MEMORY_MB = 1024                # infra/template.yaml Globals MemorySize
ARTICLE_CHARACTERS_FOR_COMPREHEND = 3000
# the query mix per request: route → (share of requests, items one page reads)
QUERY_MIX = {
    "GET /entities/{id}/facts": (0.40, 21),
    "GET /entities?q=": (0.30, 5),
    "GET /facts?type=": (0.20, 21),
    "GET /documents": (0.10, 21),
}
# an entity search also probes the partition a type and the term would key (one Limit 1 query, half a read unit,
# per entity type and lookup variant: docs/table-design.md); a term in one spelling has one variant
ENTITY_TYPES = 5
SEARCH_VARIANTS = 1
# The bench's warm durations are measured against moto, whose calls take far longer than AWS's (and grow with its
# table): the function's own time is taken as (function − floor, same run), and the AWS round trips are added
# at these latencies instead of moto's
AWS_S3_GET_MS = 25
AWS_DYNAMODB_CALL_MS = 8
# Lambda's SQS event source: empty long polls are a fixed monthly cost, not a per-article one
SQS_POLLERS = 5
SQS_EMPTY_POLLS_PER_POLLER_MINUTE = 3    # 20-second long polls


def main():
    here = pathlib.Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measurements", type=pathlib.Path,
                        default=here.parent / "coldstart" / "target" / "coldstart" / "measurements.json")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--queries-per-article", type=float, default=10.0,
                        help="API requests served per article ingested (default 10)")
    parser.add_argument("--batch", type=int, default=10, help="articles per extract invocation (SQS BatchSize)")
    parser.add_argument("--cold-share", type=float, default=0.01,
                        help="share of invocations that start a new execution environment (default 1%%)")
    parser.add_argument("--known-entities", type=float, default=0.0,
                        help="share of an article's alias items already in the table, written by an earlier article"
                             " naming the same entity (default 0: every entity new, the most an article costs)")
    args = parser.parse_args()
    if not 0 <= args.known_entities <= 1:
        sys.exit("cost: --known-entities is a share between 0 and 1")
    if not args.measurements.is_file():
        sys.exit(f"cost: {args.measurements} is missing; run bench/coldstart/run first")
    m = json.loads(args.measurements.read_text())
    lines = cost_lines(m, args)
    total = sum(c for _, _, c in lines)
    extremes = [sum(c for _, _, c in cost_lines(m, argparse.Namespace(**{**vars(args), "known_entities": share})))
                for share in (0.0, 1.0)]
    n = args.articles
    print(f"Cost of {n:,} articles (us-east-1 list prices; measured on the bench's '{m['variant']}' variant,"
          f" {m['runs']} runs)\n")
    print(f"{'item':48} {'quantity':>14} {'USD':>10}")
    for name, quantity, usd in lines:
        print(f"{name:48} {quantity:>14} {usd:>10.4f}")
    print(f"{'total':48} {'':>14} {total:>10.4f}")
    print(f"\nper article: ${total / n:.6f}; goal ≤ $0.10 per 1,000 articles: {'met' if total <= 0.10 * n / 1000 else 'MISSED'}"
          f" (with {args.known_entities:.0%} of the articles' alias items already in the table)")
    print(f"every entity new: ${extremes[0]:.4f}; every entity already known: ${extremes[1]:.4f}")
    comprehend = n * max(COMPREHEND_MIN_UNITS, math.ceil(ARTICLE_CHARACTERS_FOR_COMPREHEND / COMPREHEND_UNIT_CHARACTERS)) * COMPREHEND_UNIT
    print(f"Amazon Comprehend DetectEntities alone, {n:,} articles of {ARTICLE_CHARACTERS_FOR_COMPREHEND:,} characters:"
          f" ${comprehend:.2f} ({comprehend / total:.0f}× all of the above)")
    idle = SQS_POLLERS * SQS_EMPTY_POLLS_PER_POLLER_MINUTE * 60 * 24 * 30 * SQS_REQUEST
    print(f"Not per article: the SQS event source's empty long polls, ~${idle:.2f} a month"
          f" ({SQS_POLLERS} pollers); storage and backups accrue monthly (one month counted above).")


def cost_lines(m, args):
    n = args.articles
    a = m["article"]
    gb = MEMORY_MB / 1024
    lines = []

    # extract: one invocation per batch; duration per article as measured warm, cold starts as measured
    extract = m["extract"]
    invocations = math.ceil(n / args.batch)
    # AWS calls per article: GetObject, then the store's write requests as measured (claim, pending keys,
    # BatchWriteItem of up to 25 items, completion)
    extract_calls_ms = AWS_S3_GET_MS + a["writeRequests"] * AWS_DYNAMODB_CALL_MS
    extract_ms = max(0.0, extract["warmMillis"] - extract["floorWarmMillis"]) + extract_calls_ms
    cold_extra_ms = extract.get("snapStartFirstInvokeMillis", extract["firstInvokeMillis"]) - extract["warmMillis"]
    extract_seconds = (n * extract_ms + invocations * args.cold_share * max(0, cold_extra_ms)) / 1000
    lines.append(("Lambda extract requests", f"{invocations:,}", invocations * LAMBDA_REQUEST))
    lines.append((f"Lambda extract duration ({extract_ms:.0f} ms/article, GB-s)", f"{extract_seconds * gb:,.1f}",
                  extract_seconds * gb * LAMBDA_ARM_GB_SECOND))
    if SNAPSTART_APPLIES_TO_JAVA:
        restores = invocations * args.cold_share
        lines.append(("SnapStart restores (GB)", f"{restores * gb:,.1f}", restores * gb * SNAPSTART_RESTORE_GB))

    # DynamoDB writes: the units the bench measured for one article (table, and GSI1 upkeep), between the article
    # whose entities are all new (every alias item written) and the one whose entities are all known (none written)
    known = args.known_entities
    table_units = a["writeUnits"] - known * (a["writeUnits"] - a["knownWriteUnits"])
    index_units = a["indexWriteUnits"] - known * (a["indexWriteUnits"] - a["knownIndexWriteUnits"])
    wrus = round(n * (table_units + index_units))
    lines.append((f"DynamoDB writes (WRU, {table_units:.0f}+{index_units:.0f} GSI1 each)", f"{wrus:,}",
                  wrus * DYNAMODB_WRITE_REQUEST_UNIT))
    # the writer reads which alias items exist before writing the missing ones
    check_rrus = n * a["readUnits"]
    lines.append(("DynamoDB reads at write time (RRU, alias check)", f"{check_rrus:,.0f}",
                  check_rrus * DYNAMODB_READ_REQUEST_UNIT))

    # storage: items and index entries with their overhead, as measured, for a month, with point-in-time recovery
    # (alias items are stored once per entity and alias: an article whose entities are known adds none)
    stored_gb = n * (a["storedBytes"] - known * a["aliasStoredBytes"]) / 1e9
    lines.append(("DynamoDB storage + PITR (GB-month)", f"{stored_gb:.4f}",
                  stored_gb * (DYNAMODB_STORAGE_GB_MONTH + DYNAMODB_PITR_GB_MONTH)))

    # S3: the upload, the function's read, a month of storage
    lines.append(("S3 PUT (upload)", f"{n:,}", n * S3_PUT))
    lines.append(("S3 GET (extract reads)", f"{n:,}", n * S3_GET))
    lines.append(("S3 storage (GB-month)", f"{n * a['sourceBytes'] / 1e9:.4f}", n * a["sourceBytes"] / 1e9 * S3_STORAGE_GB_MONTH))

    # SQS: S3 sends one message per article; the event source receives and deletes in batches
    sqs = n + 2 * invocations
    lines.append(("SQS requests (send, receive, delete)", f"{sqs:,}", sqs * SQS_REQUEST))

    # queries: API Gateway request, a query function invocation, eventually consistent reads of one page
    requests = n * args.queries_per_article
    query = m["query"]
    query_ms = max(0.0, query["warmMillis"] - query["floorWarmMillis"]) + AWS_DYNAMODB_CALL_MS
    query_seconds = requests * query_ms / 1000
    average_fact_item = sum(a["itemBytes"]) / max(1, len(a["itemBytes"]))
    rrus = sum(share * requests * max(1, math.ceil(items * average_fact_item / 4096)) * 0.5
               for share, items in QUERY_MIX.values())
    rrus += QUERY_MIX["GET /entities?q="][0] * requests * ENTITY_TYPES * SEARCH_VARIANTS * 0.5
    lines.append(("API Gateway HTTP API requests", f"{requests:,.0f}", requests * HTTP_API_REQUEST))
    lines.append(("Lambda query requests", f"{requests:,.0f}", requests * LAMBDA_REQUEST))
    lines.append((f"Lambda query duration ({query_ms:.0f} ms/request, GB-s)", f"{query_seconds * gb:,.1f}",
                  query_seconds * gb * LAMBDA_ARM_GB_SECOND))
    lines.append(("DynamoDB reads (RRU, eventually consistent)", f"{rrus:,.0f}", rrus * DYNAMODB_READ_REQUEST_UNIT))
    return lines


def wru(size_bytes):
    return max(1, math.ceil(size_bytes / 1024))


if __name__ == "__main__":
    main()
