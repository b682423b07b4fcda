// A roster row's two buttons (a member, a power group): each names whom it acts on, so a screen
// reader hears "Edit Ann Byrne", not a list of "Edit".
export interface RosterActionsProps {
  name: string;
  onEdit: () => void;
  onRemove: () => void;
}

export function RosterActions({ name, onEdit, onRemove }: RosterActionsProps) {
  return (
    <div className="roster-actions">
      <button type="button" className="button small" aria-label={`Edit ${name}`} onClick={onEdit}>
        Edit
      </button>
      <button type="button" className="button small ghost" aria-label={`Remove ${name}`} onClick={onRemove}>
        Remove
      </button>
    </div>
  );
}
