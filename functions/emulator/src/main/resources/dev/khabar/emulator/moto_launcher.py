"""Runs moto's server with S3 event notifications completed to the shape S3 sends.

moto (pinned in the parent pom) leaves out of its S3 event records what the extract function relies on: the
object's sequencer (ordering of events per key), the versionId of versioned objects, and the request fields; it also
escapes the slashes of object keys (S3 leaves them as they are), writes eventTime without the zone, gives removal events a size and eTag that S3 does not send, and sends no event
when a delete in a versioned bucket creates a delete marker. This launcher fills those in before moto hands the
record to SQS, so a consumer sees the same JSON as from S3.

It also runs moto's DynamoDB requests one at a time: moto checks a write's condition and then writes, unlocked,
while its server handles requests on many threads, so two concurrent conditional writes could both succeed where
DynamoDB lets only one.
"""
import sys
import threading
import time
import uuid
from urllib.parse import quote_plus

from moto.dynamodb.responses import DynamoHandler
from moto.s3 import notifications
from moto.s3.models import FakeDeleteMarker, S3Backend

_moto_event = notifications._get_s3_event
_lock = threading.Lock()
_last_sequencer = 0


def _next_sequencer():
    # S3's sequencer is hex that grows per key; a process-wide increasing counter satisfies that for every key.
    global _last_sequencer
    with _lock:
        _last_sequencer = max(_last_sequencer + 1, time.time_ns())
        return "%018X" % _last_sequencer


class _DeleteMarkerView:
    """A delete marker with the fields moto's event builder reads from an object."""

    def __init__(self, marker):
        self.name = marker.name
        self.version_id = marker.version_id
        self.etag = ""
        self.size = 0


def _s3_event(event_name, bucket, key, notification_id):
    if isinstance(key, FakeDeleteMarker):
        key = _DeleteMarkerView(key)
    event = _moto_event(event_name, bucket, key, notification_id)
    for record in event["Records"]:
        record["eventTime"] = record["eventTime"][:23] + "Z"
        record["userIdentity"] = {"principalId": "AWS:KHABAREMULATOR"}
        record["requestParameters"] = {"sourceIPAddress": "127.0.0.1"}
        record["responseElements"] = {
            "x-amz-request-id": uuid.uuid4().hex[:16].upper(),
            "x-amz-id-2": uuid.uuid4().hex,
        }
        s3_object = record["s3"]["object"]
        s3_object["key"] = quote_plus(key.name, safe="/")
        if record["eventName"].startswith("ObjectRemoved"):
            s3_object.pop("size", None)
            s3_object.pop("eTag", None)
        version_id = getattr(key, "version_id", None)
        if getattr(bucket, "is_versioned", False) and version_id and version_id != "null":
            s3_object["versionId"] = version_id
        s3_object["sequencer"] = _next_sequencer()
        record["s3"]["bucket"]["ownerIdentity"] = {"principalId": "KHABAREMULATOR"}
    return event


_moto_set_delete_marker = S3Backend._set_delete_marker


def _set_delete_marker(self, bucket_name, key_name):
    marker = _moto_set_delete_marker(self, bucket_name, key_name)
    notifications.send_event(
        self.account_id,
        notifications.S3NotificationEvent.OBJECT_REMOVED_DELETE_MARKER_CREATED_EVENT,
        self.get_bucket(bucket_name),
        marker,
    )
    return marker


_moto_dynamodb_call = DynamoHandler.call_action
_dynamodb_lock = threading.Lock()


def _serialized_dynamodb_call(self):
    with _dynamodb_lock:
        return _moto_dynamodb_call(self)


notifications._get_s3_event = _s3_event
DynamoHandler.call_action = _serialized_dynamodb_call
S3Backend._set_delete_marker = _set_delete_marker

if __name__ == "__main__":
    from moto.server import main

    main(sys.argv[1:])
