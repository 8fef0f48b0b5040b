/** The policy table is shared with the web app; the server enforces it in the use-case runner. */
export { can, PERMISSIONS, type Permission } from '../../shared/permissions.js';
