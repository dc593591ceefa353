#!/usr/bin/env python3
"""The vendor's ODC OpenAPI files as Schemathesis gets them, with the
waivers below applied: the ONE place where the fuzz run departs from the
spec. Each waiver names the check it touches, the operations, and why the
spec, not the sandbox, is wrong there. Everything else is checked as the
vendor wrote it.

    schemathesis_spec.py SPEC OUT          write SPEC with the waivers to OUT
    schemathesis_spec.py --config OUT      write the per-operation waivers
                                           (schemathesis.toml) to OUT
    schemathesis_spec.py --list            print the waivers (for the README)
"""

import copy
import json
import sys

# ---------------------------------------------------------------------------
# WAIVERS (spec wrong or self-contradictory; reason each)
# ---------------------------------------------------------------------------
WAIVERS = [
    (
        "content_type_conformance",
        "every error response",
        "The spec documents ProblemDetails as `application/json`; RFC 7807 and "
        "ASP.NET Core, which serves ODC's APIs, answer them as "
        "`application/problem+json` (the sandbox does, iamctl reads both). "
        "`application/problem+json` is added beside `application/json`, same schema.",
    ),
    (
        "positive_data_acceptance",
        "POST /users, POST /groups, POST /organization-roles, POST /users/bulk, "
        "GET /users/bulk/{key}, GET /users, GET /deployed-assets",
        "Fields the service requires are not marked required (a user's `email`, "
        "and `name`, a group's `name` and `environmentKey`, an organization "
        "role's `name`), "
        "the bulk bound of 1..100 records is stated in prose only, and the bulk "
        "operation key (and deployed-assets' comma-separated `environmentKey` and `key`, "
        "and the users list's comma-separated `userKeys`, up to 20) "
        "is a plain string though the service issues UUIDs. Those "
        "constraints are added, so generated 'valid' data is valid.",
    ),
    (
        "positive_data_acceptance",
        "every list operation; PATCH /groups/{key}, PATCH /users/{key}, "
        "PATCH /organization-roles/{key}",
        "`limit` 1..100 and `offset` >= 0 are stated in the parameters' prose "
        "only (portfolio v2 states no range; the sandbox applies identity's, "
        "UNCONFIRMED); `sort` is a free string whose allowed fields the prose "
        "lists (libraries: `Field:asc|desc` in prose, an empty object in the "
        "schema, self-contradictory); a new `name` may not be empty; a role "
        "permission needs its `permissionKey`; creates (and PATCH /environments) "
        "need a body, though no requestBody is marked required. Added as schema "
        "constraints.",
    ),
    (
        "positive_data_acceptance",
        "POST /groups",
        "A group's `environmentKey` must name an existing stage, and the "
        "operation documents no 404: an unknown stage is a 400, the only "
        "status the spec offers. 400 is accepted for schema-valid data here.",
    ),
    (
        "negative_data_rejection",
        "GET /users",
        "Not observable over HTTP: `domains` is an array of plain strings in the "
        "query, so a value generated as a number (`domains=0.333`) arrives as "
        "the string it spells, a valid filter, and a mutated parameter that "
        "serializes to nothing is not sent at all. The service cannot tell them "
        "from valid input; 2xx is accepted for such cases here.",
    ),
    (
        "status_code_conformance",
        "GET /application-roles/{key}/users; PATCH /environments, "
        "PATCH /environments/{environmentKey}, PATCH /portfolios/{portfolioKey}",
        "Self-contradictory: the first documents no 400 though it takes "
        "parameters every sibling answers 400 for when malformed; the three "
        "PATCHes document no 401 though the file's global security requires a "
        "bearer token (the other operations of the file list 401). 400 and 401 "
        "are added there.",
    ),
]

# The per-operation part (schemathesis.toml), matching the waiver above.
CONFIG = """
[[operations]]
include-path = "/groups"
include-method = "POST"
checks.positive_data_acceptance.expected-statuses = ["2xx", "400", "401", "403", "404", "409", "429"]

[[operations]]
include-path = "/users"
include-method = "GET"
checks.negative_data_rejection.expected-statuses = ["2xx", "400", "401", "403", "404", "405", "406", "409", "415", "422", "428", "429"]
"""


def add_problem_json(spec):
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            for resp in op["responses"].values():
                content = resp.get("content") or {}
                js = content.get("application/json")
                if js and "ProblemDetails" in json.dumps(js):
                    content.setdefault("application/problem+json", copy.deepcopy(js))


def body_schema(spec, path, method):
    op = spec["paths"].get(path, {}).get(method)
    if not op or "requestBody" not in op:
        return None
    for media in op["requestBody"]["content"].values():
        ref = media["schema"].get("$ref") or next(
            (s.get("$ref") for s in media["schema"].get("allOf", [])), None
        )
        if ref:
            return spec["components"]["schemas"][ref.rsplit("/", 1)[1]]
    return None


def require(spec, path, method, fields, min_length=True):
    schema = body_schema(spec, path, method)
    if schema is None:
        return
    req = schema.setdefault("required", [])
    for f in fields:
        if f not in req:
            req.append(f)
        prop = schema["properties"].get(f)
        if prop is not None:
            prop.pop("nullable", None)
            if min_length and prop.get("type") == "string" and f != "email":
                prop.setdefault("minLength", 1)
                prop.setdefault("pattern", r"^\s*\S[\s\S]*$")


def service_constraints(spec):
    if "/users" not in spec["paths"]:
        for p in spec["paths"].get("/deployed-assets", {}).get("get", {}).get("parameters", []):
            if p["name"] in ("environmentKey", "key"):
                p["schema"]["pattern"] = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(,[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})*$"
        return
    require(spec, "/users", "post", ["email", "name"])
    props = body_schema(spec, "/users", "post")["properties"]
    props["email"]["format"] = "email"
    require(spec, "/groups", "post", ["name", "environmentKey"])
    require(spec, "/organization-roles", "post", ["name"])
    bulk = body_schema(spec, "/users/bulk", "post")
    if bulk is not None:
        for name, prop in bulk["properties"].items():
            if prop.get("type") == "array":
                prop["minItems"] = 1
                prop["maxItems"] = 100
                prop.pop("nullable", None)
                if name not in bulk.setdefault("required", []):
                    bulk["required"].append(name)
    for p in spec["paths"].get("/deployed-assets", {}).get("get", {}).get("parameters", []):
        if p["name"] == "environmentKey":
            p["schema"]["pattern"] = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(,[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})*$"
    uuid = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    for p in spec["paths"]["/users"]["get"]["parameters"]:
        if p["name"] == "userKeys":
            p["schema"]["pattern"] = f"^({uuid}(,{uuid}){{0,19}})?$"
    for p in spec["paths"]["/users/bulk/{key}"]["get"]["parameters"]:
        if p["name"] == "key":
            p["schema"]["format"] = "uuid"


def prose_constraints(spec):
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict):
                continue
            for p in op.get("parameters", []):
                if p.get("in") != "query":
                    continue
                if p["name"] == "limit":
                    p["schema"].update({"minimum": 1, "maximum": 100})
                elif p["name"] == "offset":
                    p["schema"].update({"minimum": 0})
    schemas = spec["components"]["schemas"]
    for name in ("PatchGroupRequest", "UserProfilePatchRequest",
                 "OrganizationRoleUpdateRequest", "OrganizationRoleCreateRequest"):
        prop = schemas.get(name, {}).get("properties", {}).get("name")
        if prop is not None:
            prop.setdefault("minLength", 1)
            prop.setdefault("pattern", r"^\s*\S[\s\S]*$")
    perm = schemas.get("PermissionDetailsRequest")
    if perm is not None:
        perm.setdefault("required", []).append("permissionKey")


def sort_values(spec):
    """`sort` is a free string whose allowed fields the prose lists."""
    import re
    for path, item in spec["paths"].items():
        for op in item.values():
            if not isinstance(op, dict):
                continue
            for p in op.get("parameters", []):
                if p["name"] != "sort" or p.get("in") != "query":
                    continue
                desc = p.get("description", "")
                m = re.search(r"Allowed: ([^.]*)\.", desc)
                if m and p["schema"].get("type") == "string":
                    fields = [f.strip() for f in re.split(r",| or ", m.group(1)) if f.strip()]
                    p["schema"]["pattern"] = "^-?(%s)$" % "|".join(fields)
                elif path == "/deployed-assets":
                    p["schema"]["pattern"] = r"^-?deployments\[[0-9a-f-]{36}\]\.deploymentDateTime$"
                elif path == "/libraries":
                    p["schema"] = {"type": "array", "items": {
                        "type": "string", "pattern": "^(Name|PublishDateTime):(asc|desc)$"}}


def body_required(spec):
    """Creates (and the batch stage update) cannot go without a body."""
    for path, method in (("/users", "post"), ("/groups", "post"), ("/organization-roles", "post"),
                         ("/users/bulk", "post"), ("/environments", "patch")):
        op = spec["paths"].get(path, {}).get(method)
        if op is not None:
            op["requestBody"]["required"] = True
    # POST /users requires a name; a bulk record without one is refused in
    # the operation's results (202), so the record schema stays as it is.
    op = spec["paths"].get("/users", {}).get("post")
    if op is not None:
        schemas = spec["components"]["schemas"]
        single = copy.deepcopy(schemas["UserProfileCreateApiRequest"])
        schemas["UserProfileCreateApiRequestSingle"] = single
        for media in op["requestBody"]["content"].values():
            media["schema"] = {"$ref": "#/components/schemas/UserProfileCreateApiRequestSingle"}


def documented_errors(spec):
    problem = {"application/json": {"schema": {"$ref": "#/components/schemas/ProblemDetails"}}}
    op = spec["paths"].get("/application-roles/{key}/users", {}).get("get")
    if op is not None:
        op["responses"].setdefault("400", {"description": "Bad Request", "content": copy.deepcopy(problem)})
    for path, method in (("/environments", "patch"), ("/environments/{environmentKey}", "patch"),
                         ("/portfolios/{portfolioKey}", "patch")):
        op = spec["paths"].get(path, {}).get(method)
        if op is not None:
            op["responses"].setdefault("401", {"description": "Unauthorized", "content": copy.deepcopy(problem)})


def main():
    if sys.argv[1] == "--config":
        with open(sys.argv[2], "w") as f:
            f.write(CONFIG)
        return
    if sys.argv[1:] == ["--list"]:
        for check, where, why in WAIVERS:
            print(f"- `{check}` ({where}): {why}")
        return
    src, out = sys.argv[1], sys.argv[2]
    with open(src) as f:
        spec = json.load(f)
    body_required(spec)
    service_constraints(spec)
    prose_constraints(spec)
    sort_values(spec)
    documented_errors(spec)
    add_problem_json(spec)
    with open(out, "w") as f:
        json.dump(spec, f)


if __name__ == "__main__":
    main()
