// Prints a graphql() document back to query text for the request body. gql.tada's documents are
// @0no-co/graphql.web syntax trees, but that package (and its `print`) is not a dependency of the
// client, so this prints the executable part of GraphQL itself: operations, fragments, fields,
// arguments, variables, directives and values. Anything else throws instead of being dropped.

interface SyntaxNode {
  readonly kind: string;
  readonly name?: { readonly value: string };
  readonly alias?: { readonly value: string };
  readonly operation?: string;
  /** The literal of a scalar value, or the value node of an argument or object field. */
  readonly value?: string | boolean | SyntaxNode;
  readonly variable?: SyntaxNode;
  readonly type?: SyntaxNode;
  readonly defaultValue?: SyntaxNode;
  readonly typeCondition?: SyntaxNode;
  readonly selectionSet?: SyntaxNode;
  readonly definitions?: readonly SyntaxNode[];
  readonly variableDefinitions?: readonly SyntaxNode[];
  readonly selections?: readonly SyntaxNode[];
  readonly arguments?: readonly SyntaxNode[];
  readonly directives?: readonly SyntaxNode[];
  readonly values?: readonly SyntaxNode[];
  readonly fields?: readonly SyntaxNode[];
}

export function printDocument(document: { readonly definitions: readonly object[] }): string {
  return document.definitions.map((definition) => print(definition as SyntaxNode)).join('\n\n');
}

function print(node: SyntaxNode): string {
  switch (node.kind) {
    case 'OperationDefinition':
      return join([
        node.operation,
        `${node.name?.value ?? ''}${list('(', node.variableDefinitions, ', ', ')')}`,
        directives(node),
        selections(node),
      ]);
    case 'FragmentDefinition':
      return join([
        'fragment',
        nameOf(node),
        'on',
        typeName(node.typeCondition),
        directives(node),
        selections(node),
      ]);
    case 'VariableDefinition':
      return join([
        `${print(required(node.variable))}: ${print(required(node.type))}`,
        node.defaultValue && `= ${print(node.defaultValue)}`,
        directives(node),
      ]);
    case 'Field':
      return join([
        `${node.alias ? `${node.alias.value}: ` : ''}${nameOf(node)}${list('(', node.arguments, ', ', ')')}`,
        directives(node),
        selections(node),
      ]);
    case 'FragmentSpread':
      return join([`...${nameOf(node)}`, directives(node)]);
    case 'InlineFragment':
      return join([
        '...',
        node.typeCondition && `on ${typeName(node.typeCondition)}`,
        directives(node),
        selections(node),
      ]);
    case 'SelectionSet':
      return list('{ ', node.selections, ' ', ' }');
    case 'Directive':
      return `@${nameOf(node)}${list('(', node.arguments, ', ', ')')}`;
    case 'Argument':
    case 'ObjectField':
      if (typeof node.value !== 'object') throw new Error(`Cannot print ${nameOf(node)} without its value.`);
      return `${nameOf(node)}: ${print(node.value)}`;
    case 'Variable':
      return `$${nameOf(node)}`;
    case 'NamedType':
      return nameOf(node);
    case 'ListType':
      return `[${print(required(node.type))}]`;
    case 'NonNullType':
      return `${print(required(node.type))}!`;
    case 'IntValue':
    case 'FloatValue':
    case 'EnumValue':
    case 'BooleanValue':
      return String(node.value);
    case 'StringValue':
      return JSON.stringify(node.value);
    case 'NullValue':
      return 'null';
    case 'ListValue':
      return `[${list('', node.values, ', ', '')}]`;
    case 'ObjectValue':
      return `{${list('', node.fields, ', ', '')}}`;
    default:
      throw new Error(`Cannot print a GraphQL ${node.kind} node.`);
  }
}

/** The printed nodes between `open` and `close`, or nothing for an empty or missing list. */
function list(
  open: string,
  nodes: readonly SyntaxNode[] | undefined,
  separator: string,
  close: string,
): string {
  return nodes?.length ? `${open}${nodes.map(print).join(separator)}${close}` : '';
}

/** The parts that are there, separated by spaces. */
function join(parts: readonly (string | false | undefined)[]): string {
  return parts.filter(Boolean).join(' ');
}

function directives(node: SyntaxNode): string {
  return list('', node.directives, ' ', '');
}

function selections(node: SyntaxNode): string {
  return node.selectionSet ? print(node.selectionSet) : '';
}

function nameOf(node: SyntaxNode): string {
  return required(node.name).value;
}

function typeName(node: SyntaxNode | undefined): string {
  return nameOf(required(node));
}

function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('Cannot print an incomplete GraphQL document.');
  return value;
}
