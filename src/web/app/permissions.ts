/**
 * What the screens offer to each role: the server's own policy, imported so that the web app
 * hides exactly what the server would refuse. The server still enforces it.
 */
export { can, type Permission as UiPermission } from '../../shared/permissions.js';
