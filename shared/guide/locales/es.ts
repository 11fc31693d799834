import type { GuideText } from '../guide';

export const es: GuideText = {
  title: 'Guía de uso de Session Desk',
  intro:
    'Session Desk es el puesto de trabajo de una sesión de un foro de múltiples partes interesadas: el relator recoge lo que se dice, el moderador lleva el tiempo y la pantalla del escenario, el organizador obtiene el informe. Funciona sin red; cada sesión es un archivo en la carpeta del espacio de trabajo.',
  sections: {
    before: {
      heading: 'Antes de la sesión',
      items: [
        '{menu:file>newFromPage} ({key:Ctrl+Shift+N}): pegue la página de la sesión del sitio web del foro. Se rellenan el título, el formato, los oradores, los moderadores y las preguntas de política; lo que la página no tenía aparece en una lista.',
        'Revise la pestaña {tab:session} ({key:Ctrl+Shift+4}): las personas, sus funciones y el orden del día.',
        'Conecte la pantalla del escenario y elíjala en {menu:window>stageDisplay}. {menu:window>stageOnTop} evita que otras ventanas la tapen.',
      ],
    },
    during: {
      heading: 'Durante la sesión',
      items: [
        '{tab:capture} ({key:Ctrl+Shift+1}): escriba lo que se dice y pulse {key:Enter}. {key:Ctrl+1 … Ctrl+9} eligen al orador, {key:Alt+1 … Alt+9} asocian la intervención a una pregunta de política. {key:F1} muestra todas las teclas.',
        '{tab:timer} ({key:Ctrl+Shift+2}): {key:Space} inicia o pausa el turno, {key:N} da la palabra al siguiente de la lista, {key:E} termina el turno. {menu:window>stage} ({key:Ctrl+Shift+P}) abre y cierra el escenario; muestra al orador y el tiempo restante, y bajo el reloj quién sigue en la lista, el tiempo que queda del punto actual del orden del día y hasta el final de la sesión, y la hora en la zona horaria de la sesión. {key:B} lo pone en negro, {key:M} le envía un mensaje; un mensaje nuevo parpadea tres veces.',
        '¿Toma notas y lleva el tiempo a la vez? La pestaña {tab:capture} muestra una franja de temporizador mientras alguien tiene la palabra o espera: el orador, el tiempo restante en el color del escenario y quién sigue.',
        'Mientras hay un turno en curso o la pantalla del escenario está abierta, la pantalla no entra en reposo.',
      ],
    },
    after: {
      heading: 'Después de la sesión',
      items: [
        '{tab:report} ({key:Ctrl+Shift+3}): edite las secciones junto a una vista previa en directo y luego {menu:file>exportReport} ({key:Ctrl+E}) para un documento de Word; los botones de la pestaña {tab:report} también lo guardan como Markdown o como archivo de sesión.',
        '{menu:file>exportBrief} ({key:Ctrl+Shift+E}): la nota del organizador, de las sesiones marcadas en la lista de sesiones (de todas si no hay ninguna marcada), o de la sesión abierta.',
      ],
    },
    files: {
      heading: 'Archivos',
      items: [
        'Cada sesión es un archivo {code:.session.json} en el espacio de trabajo ({menu:file>openWorkspaceFolder}). Un archivo se abre tenga el nombre que tenga; uno de otro lugar (de un colega, una exportación) se copia al espacio de trabajo o se abre donde está, según elija ({menu:file>openSessionFile}, {menu:file>importSessionJson} o un doble clic).',
        'En la lista de sesiones, una sesión se puede renombrar, archivar (se conserva, fuera de la lista hasta que muestre el archivo) o mover a la papelera del sistema, con {ui:sessions:list.undo} justo después (el botón, {key:Ctrl+Z} o {menu:edit>undo}).',
        'Cada guardado se conserva un tiempo como versión: {ui:sessions:view.versions} en una sesión restaura una.',
        'Solo se ejecuta una copia de la aplicación a la vez; abrir de nuevo un archivo trae al frente la ventana en uso.',
      ],
    },
    cli: {
      heading: 'Sin ventana',
      items: [
        'El comando {code:session-desk} hace las mismas exportaciones en scripts: {code:session-desk export ws260.session.json --docx report.docx}. Ejecútelo sin argumentos para ver la lista de comandos.',
      ],
    },
  },
};
