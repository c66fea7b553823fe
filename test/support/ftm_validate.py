"""Validates a FollowTheMoney export with the `followthemoney` package itself (the anchor's own tool).

    .venv-ftm/bin/python test/support/ftm_validate.py ENTITIES.jsonl [STATEMENTS.jsonl]

Entities (one JSON object a line): every schema exists and is concrete, every id is a valid FtM id and unique,
every property belongs to its schema, every value passes its property's type and is already in the form the type
cleans it to, every required property is there, followthemoney builds the entity from it unchanged, and every
reference (a property of type entity) resolves to an entity of the file whose schema is the property's range.

Statements (one a line): each reads as a followthemoney Statement, names a property of its schema, has a valid
value and a unique id; grouped by entity, followthemoney builds from them exactly the entities of the first file.

Prints a JSON report ({"schemata": {schema: count}, "statements": n, "problems": [...]}) and exits 1 when
anything is wrong.
"""

import json
import sys
from collections import Counter, defaultdict

from followthemoney import model
from followthemoney.dataset import Dataset
from followthemoney.statement import Statement
from followthemoney.statement.entity import StatementEntity
from followthemoney.types import registry

# Types whose values the export writes exactly as followthemoney cleans them; names and texts may be normalized
# by the cleaner (whitespace), so for them it is enough that they are valid.
EXACT_TYPES = {"date", "entity", "url", "language", "country", "identifier", "topic"}

problems: list[str] = []


def problem(message: str) -> None:
    if len(problems) < 200:
        problems.append(message)


def read_lines(path: str):
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                yield number, json.loads(line)


def check_value(where: str, prop, value) -> None:
    if not isinstance(value, str):
        problem(f"{where}: {prop.name} has a value that is not text: {value!r}")
        return
    if not prop.type.validate(value):
        problem(f"{where}: {prop.name} = {value!r} is not a valid {prop.type.name}")
        return
    if prop.type.name in EXACT_TYPES and prop.type.clean(value) != value:
        problem(f"{where}: {prop.name} = {value!r} is not in its clean form {prop.type.clean(value)!r}")


def validate_entities(path: str):
    entities: dict[str, dict] = {}
    for number, data in read_lines(path):
        where = f"{path}:{number}"
        schema = model.get(data.get("schema"))
        if schema is None or schema.abstract:
            problem(f"{where}: no concrete schema {data.get('schema')!r}")
            continue
        entity_id = data.get("id")
        if not isinstance(entity_id, str) or not registry.entity.validate(entity_id):
            problem(f"{where}: invalid id {entity_id!r}")
            continue
        if entity_id in entities:
            problem(f"{where}: duplicate id {entity_id}")
        unknown = set(data) - {"id", "schema", "properties"}
        if unknown:
            problem(f"{where}: unknown keys {sorted(unknown)}")
        properties = data.get("properties", {})
        for name, values in properties.items():
            prop = schema.get(name)
            if prop is None:
                problem(f"{where}: {schema.name} has no property {name!r}")
                continue
            if not values:
                problem(f"{where}: {name} has no values")
            for value in values:
                check_value(f"{where} {entity_id}", prop, value)
        for name in schema.required:
            if not properties.get(name):
                problem(f"{where}: {schema.name} {entity_id} lacks the required {name}")
        proxy = model.get_proxy(data, cleaned=False)
        rebuilt = {name: sorted(values) for name, values in proxy.to_dict()["properties"].items()}
        given = {name: sorted(values) for name, values in properties.items()}
        if rebuilt != given:
            problem(f"{where}: followthemoney reads {entity_id} otherwise: {rebuilt} != {given}")
        entities[entity_id] = data
    # Every reference resolves, to an entity of the property's range.
    for entity_id, data in entities.items():
        schema = model.get(data["schema"])
        for name, values in data.get("properties", {}).items():
            prop = schema.get(name)
            if prop is None or prop.type != registry.entity:
                continue
            for value in values:
                target = entities.get(value)
                if target is None:
                    problem(f"{entity_id}: {name} refers to {value}, which the export does not hold")
                elif not model.get(target["schema"]).is_a(prop.range):
                    problem(f"{entity_id}: {name} refers to {value}, a {target['schema']}, not a {prop.range.name}")
    return entities


def validate_statements(path: str, entities: dict[str, dict]) -> int:
    dataset = Dataset.make({"name": "officials_graph", "title": "officials-graph"})
    by_entity: dict[str, list[Statement]] = defaultdict(list)
    ids: set[str] = set()
    count = 0
    for number, data in read_lines(path):
        where = f"{path}:{number}"
        count += 1
        try:
            statement = Statement.from_dict(data)
        except (TypeError, KeyError) as error:
            problem(f"{where}: not a statement: {error}")
            continue
        if statement.id in ids:
            problem(f"{where}: duplicate statement id {statement.id}")
        ids.add(statement.id)
        if statement.prop != "id":
            prop = model.get(statement.schema).get(statement.prop)
            check_value(f"{where} {statement.entity_id}", prop, statement.value)
        if statement.dataset != dataset.name:
            problem(f"{where}: dataset {statement.dataset!r}")
        by_entity[statement.entity_id].append(statement)
    for entity_id, statements in by_entity.items():
        entity = StatementEntity.from_statements(dataset, statements)
        expected = entities.get(entity_id)
        if expected is None:
            problem(f"statements of {entity_id}, which the entities file does not hold")
            continue
        if entity.schema.name != expected["schema"]:
            problem(f"{entity_id}: the statements make a {entity.schema.name}, the entity is a {expected['schema']}")
        built = {name: sorted(values) for name, values in entity.to_dict()["properties"].items()}
        given = {name: sorted(values) for name, values in expected.get("properties", {}).items()}
        if built != given:
            problem(f"{entity_id}: the statements say {built}, the entity {given}")
    for entity_id in set(entities) - set(by_entity):
        problem(f"{entity_id} has no statements")
    return count


def main() -> int:
    entities = validate_entities(sys.argv[1])
    statements = validate_statements(sys.argv[2], entities) if len(sys.argv) > 2 else None
    report = {
        "schemata": dict(sorted(Counter(data["schema"] for data in entities.values()).items())),
        "entities": len(entities),
        "statements": statements,
        "problems": problems,
    }
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
