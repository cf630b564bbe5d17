// The entity classes of this context, for libs/schema (the data source's entity list) and tests only.
// Other libraries reach this context through its index (services and plain types), never through these.
import { AuthSession } from './auth-session.entity';
import { RefreshToken } from './refresh-token.entity';
import { UserToken } from './user-token.entity';
import { User } from './user.entity';
import { SavedView } from './saved-view.entity';

export { User, AuthSession, RefreshToken, UserToken, SavedView };

/** Every entity of this context, in the order libs/schema lists them. */
export const IDENTITY_ENTITIES = [User, AuthSession, RefreshToken, UserToken, SavedView];
